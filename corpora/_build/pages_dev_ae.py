"""h360-h375: written blind in session 22, scored blind with session 23's starting and ending code, moved into dev in session 24.

The writer read only corpora/README.md (the gold format and conventions, every "Added with ..." paragraph, the site
table and the defect tags), build.py, check_gold.py, two page sources as examples of the API (pages_dev_ab.py,
pages_dev_ac.py), the shared survey of real pages (/work/shared/real-pages.md) and its seed page; not src/, tests/,
benchmarks/, notebooks/, docs/, the project README, the Makefile, the notes_*.md files, the other page sources or any
page of dev/ and heldout/; pressclean was never run on these pages. h360-h364 come from one made-up national public
health institute's site, the Institut national de santé publique des Comores (INSP) in Moroni, sharing its header
(skip line, an optional banner on h360 and h362 only, a three-language line, site name and slogan, vertical menu with
doubled `Surveillance` and `Salle de presse`, search line, breadcrumb whose rubric changes, a type/date line) and its
bottom (share line, a dengue-case counter whose number changes on every page, `À lire aussi` headlines that change, a
green-line line, an SMS-alert line absent on h363, footer with BP box and switchboard, copyright line): an epidemic
declaration, a vaccination-campaign review with key-figure rows, a press invitation with an empty CMS event block, a
weekly situation point and a joint communiqué with three partners' contacts. h365-h375 come from eleven other sites,
one page each: a francophone cultural centre in Praia, Cabo Verde (h365, no defect and no boilerplate), a French
rice-farming NGO's English release on The Gambia under French chrome (h366), a Kankan (Guinea) community radio's
midday news listing (h367), the UNFPA country office in Chad as a PDF dumped to text (h368), a Tunisian ministry's
old-CMS page with hard wraps (h369), an Algerian daily reprinting an APS dispatch (h370), the Gambia river basin
organisation's newsroom in Dakar (h371), a Belgian NGO's WordPress release on Burkina Faso (h372), a migration
agency's release from Morocco in the seed's shape (h373), a browser print view of Luxembourg's development
cooperation release on Laos (h374) and a UN children's agency release from Mauritania whose mojibake is mixed with
clean lines and half-repaired words (h375). Real bodies (OMS, UNICEF, PAM, Gavi, Fonds mondial, UNFPA, OIM, OIF, AUF,
APS, AGP, OMVG, Union européenne, Banque mondiale, BAD, BID, BEI, AFD, PNUD, MSF, LuxDev, DGD, CONASUR, INERA, ONAGRI,
SONEDE, Algérienne des eaux, Entraide nationale, NARI, the ministries named) carry invented news, people and numbers;
every other body, every person, host, mailbox and number is made up.
"""
import random

from build import B, L, P, X, Page, contact, dl, fig, org, phone, place, side

SET = "dev"

PAGES = []

ENT = {"’": "&rsquo;", "é": "&eacute;", "è": "&egrave;", "à": "&agrave;", "«": "&laquo;", "»": "&raquo;",
       "\u00a0": "&nbsp;", "–": "&ndash;", "&": "&amp;", "ê": "&ecirc;", "ç": "&ccedil;", "É": "&Eacute;",
       "ô": "&ocirc;", "î": "&icirc;", "œ": "&oelig;", "û": "&ucirc;", "â": "&acirc;"}


def ent(clean: str, chars: str) -> str:
    """Markup for text whose raw side shows HTML entities for `chars`."""
    return "".join(f"[[{ENT[c]}||{c}]]" if c in chars else c for c in clean)


def rep(clean: str, chars: str, by: str) -> str:
    """Markup for text whose raw side shows `by` in place of each of `chars`."""
    return "".join(f"[[{by}||{c}]]" if c in chars else c for c in clean)


def dbl(text: str, after: tuple) -> str:
    """Markup for a double space after the first occurrence of each of `after`."""
    for a in after:
        text = text.replace(a + " ", a + "[[  || ]]", 1)
    return text


VOW = "aeiouyéèêàâîôûAEIOUYÉ"


def pdflines(marked: str, width: int, seed: str, lig: bool = False, hyphen: bool = True) -> str:
    """Raw lines of a PDF paragraph: the raw side of `marked` wrapped at about `width` columns; a long word that
    does not fit is hyphenated at a vowel-consonant-vowel boundary when its head fits (`dispo-` / `sitif`)."""
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


def xpdf(marked, seed, width=92):
    return X(pdflines(marked, width, seed, lig=True), side(marked, 1))


# =========================================================================== INSP, Institut national de santé publique des Comores (Moroni)
INSP_SITE = "www.insp-comores.example.km"


def insp_top(rubric, typeline, banner=None):
    lines = ["Aller au contenu principal | Accessibilité"]
    if banner:
        lines.append(banner)
    lines += ["Français | Shikomori | العربية",
              "INSP – Institut national de santé publique des Comores",
              "Surveiller, prévenir, protéger : la santé de tous, sur les trois îles",
              "☰ Menu",
              "Accueil",
              "L’Institut",
              "Surveillance",
              "Surveillance",
              "Vaccination",
              "Laboratoire",
              "Salle de presse",
              "Salle de presse",
              "Publications",
              "Nous contacter",
              "Rechercher sur le site…",
              f"Accueil › Salle de presse › {rubric}",
              typeline]
    return "\n".join(lines)


def insp_bottom(counter, related, sms=True):
    lines = ["Partager : Facebook · WhatsApp · X · Imprimer",
             f"Cas de dengue notifiés depuis le 1er octobre 2025 : {counter}",
             "À lire aussi"]
    lines += [f"› {h} ({d})" for h, d in related]
    lines.append("Ligne verte santé : 1717 (appel gratuit, 7 j/7)")
    if sms:
        lines.append("Recevez les alertes sanitaires par SMS : envoyez SANTE au 3030")
    lines += ["INSP – Route de la Corniche, BP 1187 Moroni – Union des Comores – Standard : +269 773 18 40",
              "© 2025 INSP – Mentions légales – Plan du site – Données personnelles"]
    return "\n".join(lines)


def insp_meta(defects, sms=True, **extra):
    base = ["menu", "duplicate-lines", "breadcrumb", "share-lines", "ticker", "postcode-trap"]
    if sms:
        base.append("newsletter-chrome")
    d = {"site": INSP_SITE, "style": "public-health-institute-pressroom", "defects": base + defects}
    d.update(extra)
    return d


INSP_NOTE = ("Site furniture shared by h360-h364 (skip line, an optional banner (the dengue alert on h360, the "
             "accreditation deadline on h362), Français/Shikomori/Arabic line, site name 'INSP – Institut national de "
             "santé publique des Comores' and slogan, '☰ Menu', vertical menu with doubled 'Surveillance' and 'Salle "
             "de presse', search line, breadcrumb 'Accueil › Salle de presse › rubric' whose rubric changes "
             "(Communiqués, Invitations presse, Points de situation), a 'type · publié le dd/mm/yyyy' line; at the "
             "bottom a share line, a dengue-case counter 'Cas de dengue notifiés depuis le 1er octobre 2025 : n (au "
             "dd/mm)' whose number changes on every page (tagged 'ticker', as h312's enrolment counter), 'À lire "
             "aussi' with '› headline (dd/mm/yyyy)' lines that change, the green-line line with its short number "
             "1717, an SMS-alert line (absent on h363), footer with BP box and switchboard, copyright line): all "
             "boilerplate; its numbers are neither figures nor phones, and the long form in the site name does not "
             "count as the article spelling it out (h104-h119 per-page rule). The INSP, its people and numbers are "
             "made up (a national public-health institute of a real kind). Comorian numbers have seven digits after "
             "+269 (landlines 7.., mobiles 3..). Comorian francs are KMF. The islands are named by their Comorian "
             "names (Ngazidja, Ndzuani, Mwali), places with iso null; 'Comores' is KM.")

# --------------------------------------------------------------------------- h360 epidemic declaration: banner, two glued subheadings, œ dropped, unaccented capitals
PAGES.append(Page(
    name="h360-insp-dengue-epidemie-declaree-ngazidja",
    meta=insp_meta(["heading-glued", "lost-oe", "unaccented-capitals"]),
    blocks=[
        B(insp_top("Communiqués", "Communiqué · publié le 01/12/2025",
                   banner="ALERTE SANITAIRE – Épidémie de dengue à Ngazidja : consultez dès la moindre fièvre. "
                          "Point de situation chaque lundi.")),
        P("Dengue : l’INSP déclare l’épidémie à Ngazidja et active son plan de riposte"),
        P("Moroni, le 1er décembre 2025 – L’Institut national de santé publique (INSP) a déclaré ce lundi "
          "l’épidémie de dengue sur l’île de Ngazidja, après la confirmation en laboratoire de 214 cas depuis le 1er "
          "octobre, dont 3 décès. Les districts sanitaires de Moroni, de Mitsamiouli et de Foumbouni concentrent "
          "86 % des cas confirmés."),
        P("Une transmission en forte hausse"),
        P("Au cours des trois dernières semaines, le nombre de cas suspects notifiés chaque semaine a été multiplié "
          "par quatre, passant de 48 à 197. Le taux de positivité des tests rapides atteint 41 %, contre 12 % en "
          "septembre. Le sérotype DENV-2, qui n’avait pas circulé dans l’archipel depuis 2019, a été identifié par "
          "le Laboratoire national de référence sur 37 échantillons analysés.", glue=True),
        P("« Nous sommes au début de la saison des pluies, qui favorise la multiplication des moustiques. Si chaque "
          "famille élimine les eaux stagnantes autour de sa maison, nous pouvons casser la chaîne de transmission », "
          "a déclaré le directeur général de l’INSP, le docteur Ahmed Said Mhoma, lors d’une conférence de presse à "
          "Moroni."),
        P("Un plan de riposte de 312 millions de francs comoriens"),
        P("Le plan, chiffré à 312 millions de francs comoriens (environ 634 000 euros), prévoit la pulvérisation "
          "d’insecticide dans 4 200 concessions, la distribution de 25 000 moustiquaires imprégnées aux femmes "
          "enceintes et aux enfants de moins de 5 ans, ainsi que la formation de 180 agents de santé communautaires "
          "à la détection des signes d’alerte. Il sera mis en œuvre pendant six mois avec l’appui de "
          "l’Organisation mondiale de la santé (OMS) et du ministère de la Santé, de la Solidarité et de la "
          "Protection sociale.", glue=True, oe="drop"),
        P("Une unité de prise en charge de 40 lits a été ouverte à Moroni pour les formes graves. Les autorités "
          "sanitaires rappellent que la dengue ne se soigne pas par antibiotiques et déconseillent l’automédication "
          "par l’aspirine et l’ibuprofène, qui aggravent le risque d’hémorragie. Toute fièvre de plus de deux jours "
          "doit conduire à consulter, et les malades doivent dormir sous moustiquaire pour ne pas contaminer leurs "
          "proches."),
        P("[[A||À]] Ndzuani et à Mwali, où aucun cas autochtone n’a encore été confirmé, les services de "
          "l’[[Etat||État]] ont renforcé la surveillance aux ports et à l’aéroport. L’INSP demande aux voyageurs en "
          "provenance de Ngazidja de consulter un centre de santé en cas de fièvre dans les 14 jours suivant leur "
          "arrivée."),
        P("Depuis le début de l’année, les Comores ont enregistré 1 148 cas suspects de dengue, contre 362 en 2024. "
          "La précédente épidémie, en 2019, avait touché plus de 2 700 personnes sur les trois îles et provoqué la "
          "fermeture des écoles de la capitale pendant deux semaines."),
        B(insp_bottom("1 148 (au 30/11)", [
            ("Rougeole-rubéole : 96 % des enfants vaccinés lors de la campagne nationale", "28/11/2025"),
            ("Choléra : aucun cas notifié depuis 18 mois dans l’archipel", "21/11/2025"),
            ("Recrutement de 40 agents de surveillance communautaire à Ndzuani", "14/11/2025")])),
    ],
    gold=dict(
        title="Dengue : l’INSP déclare l’épidémie à Ngazidja et active son plan de riposte",
        dateline=dl("Moroni", "2025-12-01"),
        organisations=[org("Institut national de santé publique", "INSP"), org("Laboratoire national de référence"),
                       org("Organisation mondiale de la santé", "OMS"),
                       org("ministère de la Santé, de la Solidarité et de la Protection sociale")],
        places=[place("Ngazidja"), place("Moroni"), place("Mitsamiouli"), place("Foumbouni"), place("Ndzuani"),
                place("Mwali"), place("Comores", "KM")],
        figures=[
            fig("le 1er décembre 2025", "2025-12-01", None, "date"),
            fig("214 cas", 214, "cas"),
            fig("le 1er octobre", "--10-01", None, "date"),
            fig("3 décès", 3, "décès"),
            fig("86 %", 86, "%", "percent"),
            fig("trois dernières semaines", 3, "semaines", "duration"),
            fig("quatre", 4, None, "other"),
            fig("48", 48, None),
            fig("197", 197, None),
            fig("41 %", 41, "%", "percent"),
            fig("12 %", 12, "%", "percent"),
            fig("2019", 2019, None, "year"),
            fig("37 échantillons", 37, "échantillons"),
            fig("312 millions de francs comoriens", 312000000, "francs comoriens", "money", currency="KMF"),
            fig("environ 634 000 euros", 634000, "euros", "money", qualifier="environ", currency="EUR"),
            fig("4 200 concessions", 4200, "concessions"),
            fig("25 000 moustiquaires", 25000, "moustiquaires"),
            fig("moins de 5 ans", 5, "ans", "age", qualifier="moins de"),
            fig("180 agents", 180, "agents"),
            fig("six mois", 6, "mois", "duration"),
            fig("40 lits", 40, "lits"),
            fig("plus de deux jours", 2, "jours", "duration", qualifier="plus de"),
            fig("14 jours", 14, "jours", "duration"),
            fig("1 148 cas", 1148, "cas"),
            fig("362", 362, None),
            fig("en 2024", 2024, None, "year"),
            fig("en 2019", 2019, None, "year"),
            fig("plus de 2 700 personnes", 2700, "personnes", qualifier="plus de"),
            fig("trois îles", 3, "îles"),
            fig("deux semaines", 2, "semaines", "duration"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes=INSP_NOTE + " An alert banner on this page. Both subheadings are glued to the paragraph after them "
              "('hausseAu cours', 'comoriensLe plan'); the heading's '312 millions de francs comoriens' and the "
              "body's are one text. 'mis en uvre' (œ dropped); unaccented capitals 'A Ndzuani', 'l’Etat'. 'depuis "
              "le 1er octobre' has no year written ('--10-01'; the year stands only in the chrome counter). 'a été "
              "multiplié par quatre' is a ratio (text 'quatre', kind other, unit null, h296-h311); 'passant de 48 à "
              "197' two counts without noun; 'contre 362 en 2024' a count without noun and the year with 'en'. "
              "'depuis 2019' gives '2019', 'en 2019' another text. 'DENV-2' is a name, not a figure; 'septembre', "
              "'ce lundi' are not figures. The national reference laboratory (capitals, acting: it identified the "
              "serotype) is listed without acronym (h184-h199 regional-service rule); the ministry co-implementing "
              "the plan is listed as written (h312-h327); 'les autorités sanitaires', 'les services de l’État' are "
              "generic; 'directeur général de l’INSP' a role. No contact.",
    ),
))

# --------------------------------------------------------------------------- h361 vaccination-campaign review: cp1252 paragraph, key-figure rows, caption printed twice, a double space
PAGES.append(Page(
    name="h361-insp-campagne-rougeole-rubeole-bilan",
    meta=insp_meta(["mojibake-cp1252", "duplicate-caption", "double-space"]),
    blocks=[
        B(insp_top("Communiqués", "Communiqué · publié le 28/11/2025")),
        P("Rougeole-rubéole : 96 % des enfants de 9 mois à 14 ans vaccinés lors de la campagne nationale"),
        P("Une vaccinatrice administre une dose à un enfant au poste avancé de Domoni, le 14 novembre 2025. Photo : "
          "INSP/A. Bacar"),
        B("Une vaccinatrice administre une dose à un enfant au poste avancé de Domoni, le 14 novembre 2025. Photo : "
          "INSP/A. Bacar"),
        P("Mutsamudu, le 28 novembre 2025 – La campagne nationale de vaccination contre la rougeole et la rubéole, "
          "menée du 10 au 23 novembre sur les trois îles, a permis de vacciner 287 412 enfants âgés de 9 mois à 14 "
          "ans, soit une couverture administrative de 96,3 %, a annoncé l’Institut national de santé publique (INSP) "
          "lors de la cérémonie de clôture à Mutsamudu."),
        P("La campagne, financée à hauteur de 1,9 million de dollars par Gavi, l’Alliance du vaccin, et mise en œuvre "
          "avec le Fonds des Nations unies pour l’enfance (UNICEF) et l’Organisation mondiale de la santé (OMS), a "
          "mobilisé 1 240 vaccinateurs et 620 mobilisateurs sociaux répartis dans 412 postes fixes et avancés. Des "
          "équipes mobiles ont sillonné les villages des hauts de Ndzuani et les îlots de Mwali, parfois à pied.",
          moji="cp1252"),
        P("Chiffres clés de la campagne"),
        L("""Ngazidja : 141 806 enfants vaccinés (95,1 %)
Ndzuani : 118 330 enfants vaccinés (97,8 %)
Mwali : 27 276 enfants vaccinés (96,4 %)
Manifestations post-vaccinales signalées : 64, toutes bénignes"""),
        P("« Ce résultat est le fruit de la mobilisation des familles, des chefs de village et des imams, qui ont "
          "relayé les messages dans chaque mosquée. Mais la couverture reste inférieure à 95 % dans quatre districts, "
          "et nous y organiserons un ratissage dès la semaine prochaine », a souligné la directrice de la "
          "vaccination de l’INSP, Faïza Mohamed Soilihi."),
        P(dbl("Les Comores n’ont notifié aucun cas confirmé de rougeole depuis 2023, mais la maladie circule à "
              "Madagascar et en Tanzanie, avec lesquels l’archipel entretient des échanges quotidiens. Une "
              "couverture d’au moins 95 % est nécessaire pour interrompre la transmission.", ("quotidiens.",))),
        P("Les enfants qui n’ont pas pu être vaccinés pendant la campagne peuvent recevoir gratuitement leur dose "
          "dans les 67 centres de santé du pays, du lundi au samedi, sur présentation du carnet de vaccination. Les "
          "parents sont invités à vérifier que leurs enfants ont bien reçu les deux doses du calendrier vaccinal, à "
          "9 et à 15 mois."),
        B(insp_bottom("1 102 (au 27/11)", [
            ("Choléra : aucun cas notifié depuis 18 mois dans l’archipel", "21/11/2025"),
            ("Recrutement de 40 agents de surveillance communautaire à Ndzuani", "14/11/2025"),
            ("Campagne rougeole-rubéole : le calendrier par district", "06/11/2025")])),
    ],
    gold=dict(
        title="Rougeole-rubéole : 96 % des enfants de 9 mois à 14 ans vaccinés lors de la campagne nationale",
        dateline=dl("Mutsamudu", "2025-11-28"),
        organisations=[org("Institut national de santé publique", "INSP"), org("Alliance du vaccin", "Gavi"),
                       org("Fonds des Nations unies pour l’enfance", "UNICEF"),
                       org("Organisation mondiale de la santé", "OMS")],
        places=[place("Domoni"), place("Mutsamudu"), place("Ndzuani"), place("Mwali"), place("Ngazidja"),
                place("Comores", "KM"), place("Madagascar", "MG"), place("Tanzanie", "TZ")],
        figures=[
            fig("96 %", 96, "%", "percent"),
            fig("9 mois", 9, "mois", "age"),
            fig("14 ans", 14, "ans", "age"),
            fig("le 14 novembre 2025", "2025-11-14", None, "date"),
            fig("le 28 novembre 2025", "2025-11-28", None, "date"),
            fig("10", "--11-10", None, "date"),
            fig("23 novembre", "--11-23", None, "date"),
            fig("trois îles", 3, "îles"),
            fig("287 412 enfants", 287412, "enfants"),
            fig("96,3 %", 96.3, "%", "percent"),
            fig("1,9 million de dollars", 1900000, "dollars", "money", currency="USD"),
            fig("1 240 vaccinateurs", 1240, "vaccinateurs"),
            fig("620 mobilisateurs", 620, "mobilisateurs"),
            fig("412 postes", 412, "postes"),
            fig("141 806 enfants", 141806, "enfants"),
            fig("95,1 %", 95.1, "%", "percent"),
            fig("118 330 enfants", 118330, "enfants"),
            fig("97,8 %", 97.8, "%", "percent"),
            fig("27 276 enfants", 27276, "enfants"),
            fig("96,4 %", 96.4, "%", "percent"),
            fig("64", 64, None),
            fig("95 %", 95, "%", "percent"),
            fig("quatre districts", 4, "districts"),
            fig("2023", 2023, None, "year"),
            fig("au moins 95 %", 95, "%", "percent", qualifier="au moins"),
            fig("67 centres", 67, "centres"),
            fig("deux doses", 2, "doses"),
            fig("9", 9, None, "age"),
            fig("15 mois", 15, "mois", "age"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes=INSP_NOTE + " No banner. The photo caption stands above the dateline paragraph and is printed twice "
              "(second copy boilerplate); its credit 'INSP/A. Bacar' is not a figure. The second paragraph is UTF-8 "
              "read as cp1252 ('mise en Å“uvre', 'lâ€™Alliance'), decoded. One double space between two sentences. "
              "Dateline 'Mutsamudu, le 28 novembre 2025 –' (the closing ceremony's town, not the site's seat). The "
              "title's '9 mois' and '14 ans' and the body's 'de 9 mois à 14 ans' are the same texts (the first bound "
              "has its own unit and keeps it, README); 'du 10 au 23 novembre' without year: '10' (--11-10) and '23 "
              "novembre'. 'Gavi, l’Alliance du vaccin': one organisation, acronym 'Gavi', long form 'Alliance du "
              "vaccin' (h264-h279). The key-figure rows are article lines; the rows' counts keep the noun written "
              "in them ('141 806 enfants'), the row whose label holds the noun ('Manifestations post-vaccinales "
              "signalées : 64') has unit null. '95 %' (quote) and 'au moins 95 %' two texts. 'à 9 et à 15 mois': "
              "'9' (age, unit null) and '15 mois' (ages of the calendar's doses). 'depuis 2023' gives '2023'. "
              "'quotidiens', 'du lundi au samedi', 'la semaine prochaine' are not figures. 'hauts de Ndzuani' gives "
              "Ndzuani. No contact.",
    ),
))

# --------------------------------------------------------------------------- h362 press invitation: banner, title printed twice, empty CMS event block, programme, accreditation block with a hidden e-mail
PAGES.append(Page(
    name="h362-insp-invitation-lancement-moustiquaires",
    meta=insp_meta(["duplicate-title", "hidden-email"]),
    blocks=[
        B(insp_top("Invitations presse", "Invitation presse · publié le 02/12/2025",
                   banner="Médias : accréditations ouvertes jusqu’au jeudi 4 décembre à 16 h pour le lancement de la "
                          "campagne moustiquaires.")),
        P("Invitation presse : lancement de la distribution de moustiquaires imprégnées à Ngazidja"),
        B("Invitation presse : lancement de la distribution de moustiquaires imprégnées à Ngazidja\n"
          "Date : samedi 6 décembre 2025 – 09:00\n"
          "Lieu : place de l’Indépendance, Moroni\n"
          "Intervenant(s) :\n"
          "Documents joints :\n"
          "Ajouter à mon agenda"),
        P("L’Institut national de santé publique (INSP) et le Programme national de lutte contre le paludisme (PNLP) "
          "ont le plaisir d’inviter les représentants des médias au lancement officiel de la campagne de "
          "distribution de moustiquaires imprégnées d’insecticide à longue durée d’action, le samedi 6 décembre "
          "2025 à 9 h, sur la place de l’Indépendance à Moroni."),
        P("Quelque 214 000 moustiquaires seront distribuées gratuitement du 6 au 20 décembre aux 158 000 ménages de "
          "Ngazidja, à raison d’une moustiquaire pour deux personnes. La campagne, financée à hauteur de 2,4 millions "
          "de dollars par le Fonds mondial de lutte contre le sida, la tuberculose et le paludisme, mobilisera 960 "
          "agents distributeurs et 310 relais communautaires, qui passeront de porte en porte pour enregistrer les "
          "ménages et montrer comment installer les moustiquaires."),
        P("Le paludisme reste la première cause de consultation dans les centres de santé de Ngazidja : 4 870 cas y "
          "ont été confirmés de janvier à octobre 2025, contre 3 215 sur la même période de 2024, soit une hausse de "
          "51 %. Les enfants de moins de 5 ans représentent plus d’un tiers des cas graves hospitalisés."),
        P("Les ménages sont invités à conserver le coupon remis lors du dénombrement, effectué du 24 au 29 novembre "
          "par les relais communautaires : il devra être présenté au point de distribution. Les personnes qui n’ont "
          "pas été recensées pourront se faire enregistrer au centre de santé de leur district jusqu’au 10 "
          "décembre."),
        P("Programme"),
        L("""9 h : accueil des invités et des médias
9 h 30 : allocutions du directeur général de l’INSP et du représentant du Fonds mondial
10 h : remise symbolique des premières moustiquaires à des familles du quartier de Coulée
10 h 30 : démonstration d’installation et questions des journalistes
11 h 15 : visite d’un point de distribution à Itsandra"""),
        P("Un point de presse est prévu à l’issue de la visite. Des images de la distribution seront mises à la "
          "disposition des rédactions qui en feront la demande."),
        L("""Accréditations
Les journalistes sont priés de s’accréditer avant le jeudi 4 décembre à 16 h auprès de :
Nourdine Ali Mchangama, chargé de communication, INSP – +269 773 18 46 / 333 42 17 – [email protected]
Zalhata Abdou, assistante presse, PNLP – +269 321 58 09 – z.abdou@insp-comores.example.km"""),
        B(insp_bottom("1 482 (au 01/12)", [
            ("Dengue : l’INSP déclare l’épidémie à Ngazidja et active son plan de riposte", "01/12/2025"),
            ("Rougeole-rubéole : 96 % des enfants vaccinés lors de la campagne nationale", "28/11/2025"),
            ("Choléra : aucun cas notifié depuis 18 mois dans l’archipel", "21/11/2025")])),
    ],
    gold=dict(
        title="Invitation presse : lancement de la distribution de moustiquaires imprégnées à Ngazidja",
        dateline=None,
        organisations=[org("Institut national de santé publique", "INSP"),
                       org("Fonds mondial de lutte contre le sida, la tuberculose et le paludisme")],
        places=[place("Ngazidja"), place("Moroni"), place("Coulée"), place("Itsandra")],
        figures=[
            fig("le samedi 6 décembre 2025 à 9 h", "2025-12-06", None, "date"),
            fig("Quelque 214 000 moustiquaires", 214000, "moustiquaires", qualifier="Quelque"),
            fig("6", "--12-06", None, "date"),
            fig("20 décembre", "--12-20", None, "date"),
            fig("158 000 ménages", 158000, "ménages"),
            fig("deux personnes", 2, "personnes"),
            fig("2,4 millions de dollars", 2400000, "dollars", "money", currency="USD"),
            fig("960 agents", 960, "agents"),
            fig("310 relais", 310, "relais"),
            fig("4 870 cas", 4870, "cas"),
            fig("octobre 2025", 2025, None, "year"),
            fig("3 215", 3215, None),
            fig("2024", 2024, None, "year"),
            fig("51 %", 51, "%", "percent"),
            fig("moins de 5 ans", 5, "ans", "age", qualifier="moins de"),
            fig("plus d’un tiers", 0.3333, None, "other", qualifier="plus d’"),
            fig("24", "--11-24", None, "date"),
            fig("29 novembre", "--11-29", None, "date"),
            fig("10 décembre", "--12-10", None, "date"),
            fig("le jeudi 4 décembre à 16 h", "--12-04", None, "date"),
        ],
        phones=[phone("+2697731846"), phone("+2693334217"), phone("+2693215809")],
        emails=["z.abdou@insp-comores.example.km"],
        hidden_emails=1,
        contacts=[contact("Nourdine Ali Mchangama", "chargé de communication", "INSP", ["+2697731846", "+2693334217"],
                          []),
                  contact("Zalhata Abdou", "assistante presse", "PNLP", ["+2693215809"],
                          ["z.abdou@insp-comores.example.km"])],
        notes=INSP_NOTE + " A second banner with another text (the accreditation deadline, chrome although the body "
              "repeats it). The title is printed twice: the second copy opens the CMS event block under it, whose "
              "lines ('Date : ...', 'Lieu : ...', the empty 'Intervenant(s) :' and 'Documents joints :' fields, "
              "'Ajouter à mon agenda') are page metadata (h168-h183 event-block rule, the survey's empty form "
              "fields); their date is not a figure. An invitation: no dateline. 'le samedi 6 décembre 2025 à 9 h' "
              "one date figure with its clock time; 'du 6 au 20 décembre' gives '6' (--12-06; the year of the "
              "first sentence is not carried over, h248-h263) and '20 décembre'. 'à raison d’une moustiquaire pour "
              "deux personnes': 'deux personnes' a count ('une' is never a figure). 'de janvier à octobre 2025' gives "
              "the month-year 'octobre 2025'; 'contre 3 215 sur la même période de 2024' a count without noun and "
              "the year. 'plus d’un tiers' a fraction with 'plus d’'. The programme's clock times are not figures. "
              "The Programme national de lutte contre le paludisme (PNLP) is a programme, not an organisation "
              "(README), though it co-signs and names a contact's office ('PNLP', kept as written in the contact); "
              "the Fonds mondial is listed under its long form (no acronym written; 'Fonds mondial' later is the "
              "same body). 'quartier de Coulée' gives 'Coulée'. The accreditation deadline 'avant le jeudi 4 "
              "décembre à 16 h' is one date figure from 'le' (h120-h135). Contacts: two lines, each person with "
              "role and office label; the first gives a Moroni landline and a mobile after '/' without code "
              "(+269 by the page) and an address hidden behind the e-mail-protection text (counted).",
    ),
))

# --------------------------------------------------------------------------- h363 weekly situation point: ’ dropped throughout, district rows, unaccented 'A', no SMS line
H363_APOS = dict(apos="drop")
PAGES.append(Page(
    name="h363-insp-point-de-situation-dengue-8-decembre",
    meta=insp_meta(["lost-apostrophe", "unaccented-capitals"], sms=False),
    blocks=[
        B(insp_top("Points de situation", "Point de situation · publié le 08/12/2025")),
        P("Dengue : l’épidémie ralentit à Moroni mais progresse dans le Hamahamet", **H363_APOS),
        P("Moroni, le 8 décembre 2025 – Au 7 décembre, 2 314 cas suspects de dengue ont été notifiés à Ngazidja "
          "depuis le début de l’épidémie, dont 612 confirmés en laboratoire et 5 décès, selon le point de situation "
          "hebdomadaire de l’INSP. Le nombre de nouveaux cas a baissé de 18 % en une semaine dans le district de "
          "Moroni, mais il a presque doublé dans celui du Hamahamet, au nord-est de l’île.", **H363_APOS),
        P("Situation par district (cas suspects, dont cas confirmés)"),
        L("""Moroni : 1 018 (287)
Hamahamet : 412 (109)
Mitsamiouli : 356 (94)
Foumbouni : 301 (71)
Autres districts : 227 (51)"""),
        P("Près de 58 % des cas confirmés sont des personnes de 15 à 44 ans. Les enfants de moins de 15 ans "
          "représentent 23 % des cas, mais 3 des 5 décès. Le taux de létalité s’établit à 0,8 % parmi les cas "
          "confirmés, un niveau que l’INSP juge « maîtrisé mais à surveiller de près ».", **H363_APOS),
        P("Les équipes de lutte antivectorielle ont traité 3 960 concessions et détruit plus de 11 000 gîtes "
          "larvaires depuis le 24 novembre. Le taux d’occupation de l’unité de prise en charge de Moroni est passé de "
          "90 % à 65 % en une semaine, ce qui a permis de rouvrir aux autres malades une partie des lits réquisitionnés "
          "à l’hôpital.", **H363_APOS),
        P("[[A||À]] Ndzuani, deux cas importés ont été confirmés chez des voyageurs revenus de Moroni ; aucune "
          "transmission locale n’a été mise en évidence. Aucun cas n’a été signalé à Mwali.", **H363_APOS),
        P("Les relevés entomologiques réalisés dans 60 concessions du Hamahamet donnent un indice de Breteau de 48, "
          "soit près de dix fois le seuil d’alerte. Les moustiques se reproduisent surtout dans les citernes et les "
          "fûts de stockage d’eau de pluie, très répandus dans cette zone où l’eau du réseau n’arrive que quelques "
          "heures par semaine.", **H363_APOS),
        P("Pour faire face à l’afflux de malades, 22 infirmiers et 6 médecins ont été redéployés depuis Ndzuani et "
          "Mwali vers les centres de santé de Mitsamiouli et du Hamahamet, et la ligne d’écoute de l’INSP a reçu "
          "plus de 1 900 appels en une semaine.", **H363_APOS),
        P("L’INSP recommande aux habitants du Hamahamet de dormir sous moustiquaire, y compris pendant la journée "
          "pour les jeunes enfants, de vider chaque semaine les récipients d’eau et de consulter dès l’apparition "
          "d’une fièvre. Le prochain point de situation sera publié le lundi 15 décembre.", **H363_APOS),
        B(insp_bottom("2 314 (au 07/12)", [
            ("Invitation presse : lancement de la distribution de moustiquaires imprégnées à Ngazidja", "02/12/2025"),
            ("Dengue : l’INSP déclare l’épidémie à Ngazidja et active son plan de riposte", "01/12/2025"),
            ("Rougeole-rubéole : 96 % des enfants vaccinés lors de la campagne nationale", "28/11/2025")],
            sms=False)),
    ],
    gold=dict(
        title="Dengue : l’épidémie ralentit à Moroni mais progresse dans le Hamahamet",
        dateline=dl("Moroni", "2025-12-08"),
        organisations=[org(None, "INSP")],
        places=[place("Moroni"), place("Hamahamet"), place("Ngazidja"), place("Mitsamiouli"), place("Foumbouni"),
                place("Ndzuani"), place("Mwali")],
        figures=[
            fig("le 8 décembre 2025", "2025-12-08", None, "date"),
            fig("7 décembre", "--12-07", None, "date"),
            fig("2 314 cas", 2314, "cas"),
            fig("612", 612, None),
            fig("5 décès", 5, "décès"),
            fig("18 %", 18, "%", "percent"),
            fig("1 018", 1018, None),
            fig("287", 287, None),
            fig("412", 412, None),
            fig("109", 109, None),
            fig("356", 356, None),
            fig("94", 94, None),
            fig("301", 301, None),
            fig("71", 71, None),
            fig("227", 227, None),
            fig("51", 51, None),
            fig("Près de 58 %", 58, "%", "percent", qualifier="Près de"),
            fig("15", 15, None, "age"),
            fig("44 ans", 44, "ans", "age"),
            fig("moins de 15 ans", 15, "ans", "age", qualifier="moins de"),
            fig("23 %", 23, "%", "percent"),
            fig("3", 3, None),
            fig("0,8 %", 0.8, "%", "percent"),
            fig("3 960 concessions", 3960, "concessions"),
            fig("plus de 11 000 gîtes", 11000, "gîtes", qualifier="plus de"),
            fig("le 24 novembre", "--11-24", None, "date"),
            fig("90 %", 90, "%", "percent"),
            fig("65 %", 65, "%", "percent"),
            fig("deux cas", 2, "cas"),
            fig("60 concessions", 60, "concessions"),
            fig("48", 48, None, "other"),
            fig("près de dix fois", 10, "fois", "other", qualifier="près de"),
            fig("22 infirmiers", 22, "infirmiers"),
            fig("6 médecins", 6, "médecins"),
            fig("plus de 1 900 appels", 1900, "appels", qualifier="plus de"),
            fig("le lundi 15 décembre", "--12-15", None, "date"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes=INSP_NOTE + " No banner and no SMS-alert line on this page. Every ’ of the title and the running text "
              "is dropped ('lépidémie', 'sétablit', 'dune fièvre', 'nont', 'LINSP'), restored; the district rows "
              "and their heading have no apostrophe. 'A Ndzuani' is an unaccented capital. The INSP is named by "
              "acronym only in the article (long form null). 'Au 7 décembre': the date without 'au' (h104-h119). "
              "District rows 'Moroni : 1 018 (287)' under a heading that holds the nouns: each number a count with "
              "unit null (one entry per distinct text; 'Moroni' and the other districts are places). 'dont 612 "
              "confirmés' a count without noun (participle); '5 décès' stands twice (one text); 'mais 3 des 5 "
              "décès': '3' (unit null). 'de 15 à 44 ans': '15' (age, unit null) and '44 ans'; 'moins de 15 ans' "
              "another text. 'passé de 90 % à 65 %' two percents; 'en une semaine', 'presque doublé' are not "
              "figures. 'le lundi 15 décembre' without year. 'un indice de Breteau de 48': an index value (kind other, unit "
              "null, the index's name before the number as h104-h119's magnitude); 'près de dix fois le seuil': a "
              "ratio (unit 'fois', qualifier 'près de', h200-h215); 'quelques heures' is vague. 'Hamahamet' (a district in the north-east of Ngazidja) "
              "a place. No contact.",
    ),
))

# --------------------------------------------------------------------------- h364 joint communiqué: lost en dashes (inserted clause, contact lines), “ ” in a « » page, three partners' contacts
PAGES.append(Page(
    name="h364-insp-unicef-pam-enquete-nutrition-2025",
    meta=insp_meta(["lost-dash", "mixed-quotes"]),
    blocks=[
        B(insp_top("Communiqués", "Communiqué conjoint · publié le 04/12/2025")),
        P("Nutrition : plus d’un quart des enfants comoriens souffrent d’un retard de croissance"),
        P("Moroni, le 4 décembre 2025 – Plus d’un quart des enfants de moins de 5 ans (27,4 %) souffrent de "
          "malnutrition chronique aux Comores, selon les résultats de l’enquête nationale de nutrition présentés "
          "jeudi à Moroni par l’Institut national de santé publique (INSP), le Fonds des Nations unies pour "
          "l’enfance (UNICEF) et le Programme alimentaire mondial (PAM)."),
        P("Réalisée entre août et octobre 2025 auprès de 4 128 ménages des trois îles, l’enquête montre aussi que "
          "7,9 % des enfants souffrent de malnutrition aiguë globale[[  || – ]]dont 1,6 % sous sa forme sévère[[  "
          "|| – ]]et que 31 % des femmes enceintes sont anémiées. La malnutrition chronique atteint 33,8 % à "
          "Ndzuani, contre 24,1 % à Ngazidja et 22,7 % à Mwali."),
        P("Par rapport à la précédente enquête, conduite en 2019, le retard de croissance a reculé de 3,8 points. "
          "Mais l’allaitement maternel exclusif jusqu’à 6 mois ne concerne encore que 22 % des nourrissons, et "
          "seul un enfant sur cinq âgé de 6 à 23 mois reçoit une alimentation suffisamment diversifiée."),
        P("« Ces chiffres nous disent que la malnutrition n’est pas seulement une question de nourriture, mais aussi "
          "d’eau, d’hygiène et de pratiques d’alimentation des tout-petits », a déclaré la représentante de "
          "l’UNICEF aux Comores, Marie-Claire Ntamba. “Investir dans les 1 000 premiers jours de la vie, c’est "
          "investir dans l’avenir du pays”, a ajouté le directeur pays du PAM, Oumar Diallo."),
        P("Les trois partenaires ont présenté un plan d’action de 18 mois, chiffré à 4,2 millions de dollars, qui "
          "prévoit le dépistage systématique des enfants dans les 67 centres de santé, la distribution de "
          "suppléments nutritionnels à 12 500 enfants et 6 000 femmes enceintes, ainsi que l’ouverture de cantines "
          "scolaires dans 85 écoles de Ndzuani, où un élève sur trois arrive à l’école le ventre vide."),
        P("Le gouvernement comorien s’est engagé à porter la part du budget de la santé consacrée à la nutrition de "
          "0,4 % à 1,5 % d’ici 2027."),
        L("""Contacts presse :
INSP[[  || – ]]Nourdine Ali Mchangama, chargé de communication[[  || – ]]+269 773 18 46[[  || – ]]communication@insp-comores.example.km
UNICEF Comores[[  || – ]]Hadia Said Omar, spécialiste de la communication[[  || – ]]+269 333 05 62[[  || – ]]hsaidomar@unicef.org
PAM[[  || – ]]Clément Ravel, chargé de communication (Antananarivo)[[  || – ]]+261 32 07 418 25[[  || – ]]clement.ravel@wfp.org"""),
        B(insp_bottom("1 967 (au 03/12)", [
            ("Invitation presse : lancement de la distribution de moustiquaires imprégnées à Ngazidja", "02/12/2025"),
            ("Dengue : l’INSP déclare l’épidémie à Ngazidja et active son plan de riposte", "01/12/2025"),
            ("Rougeole-rubéole : 96 % des enfants vaccinés lors de la campagne nationale", "28/11/2025")])),
    ],
    gold=dict(
        title="Nutrition : plus d’un quart des enfants comoriens souffrent d’un retard de croissance",
        dateline=dl("Moroni", "2025-12-04"),
        organisations=[org("Institut national de santé publique", "INSP"),
                       org("Fonds des Nations unies pour l’enfance", "UNICEF"),
                       org("Programme alimentaire mondial", "PAM")],
        places=[place("Moroni"), place("Comores", "KM"), place("Ndzuani"), place("Ngazidja"), place("Mwali"),
                place("Antananarivo")],
        figures=[
            fig("plus d’un quart", 0.25, None, "other", qualifier="plus d’"),
            fig("le 4 décembre 2025", "2025-12-04", None, "date"),
            fig("Plus d’un quart", 0.25, None, "other", qualifier="Plus d’"),
            fig("moins de 5 ans", 5, "ans", "age", qualifier="moins de"),
            fig("27,4 %", 27.4, "%", "percent"),
            fig("octobre 2025", 2025, None, "year"),
            fig("4 128 ménages", 4128, "ménages"),
            fig("trois îles", 3, "îles"),
            fig("7,9 %", 7.9, "%", "percent"),
            fig("1,6 %", 1.6, "%", "percent"),
            fig("31 %", 31, "%", "percent"),
            fig("33,8 %", 33.8, "%", "percent"),
            fig("24,1 %", 24.1, "%", "percent"),
            fig("22,7 %", 22.7, "%", "percent"),
            fig("en 2019", 2019, None, "year"),
            fig("3,8 points", 3.8, "points", "other"),
            fig("jusqu’à 6 mois", 6, "mois", "age", qualifier="jusqu’à"),
            fig("22 %", 22, "%", "percent"),
            fig("un enfant sur cinq", 0.2, None, "other"),
            fig("6", 6, None, "age"),
            fig("23 mois", 23, "mois", "age"),
            fig("1 000 premiers jours", 1000, "jours", "duration"),
            fig("trois partenaires", 3, "partenaires"),
            fig("18 mois", 18, "mois", "duration"),
            fig("4,2 millions de dollars", 4200000, "dollars", "money", currency="USD"),
            fig("67 centres", 67, "centres"),
            fig("12 500 enfants", 12500, "enfants"),
            fig("6 000 femmes", 6000, "femmes"),
            fig("85 écoles", 85, "écoles"),
            fig("un élève sur trois", 0.3333, None, "other"),
            fig("0,4 %", 0.4, "%", "percent"),
            fig("1,5 %", 1.5, "%", "percent"),
            fig("2027", 2027, None, "year"),
        ],
        phones=[phone("+2697731846"), phone("+2693330562"), phone("+261320741825")],
        emails=["communication@insp-comores.example.km", "hsaidomar@unicef.org", "clement.ravel@wfp.org"],
        contacts=[contact("Nourdine Ali Mchangama", "chargé de communication", "INSP", ["+2697731846"],
                          ["communication@insp-comores.example.km"]),
                  contact("Hadia Said Omar", "spécialiste de la communication", "UNICEF Comores", ["+2693330562"],
                          ["hsaidomar@unicef.org"]),
                  contact("Clément Ravel", "chargé de communication", "PAM", ["+261320741825"],
                          ["clement.ravel@wfp.org"])],
        notes=INSP_NOTE + " No banner. The en dashes were dropped around the inserted clause ('globale  dont ... "
              "sévère  et') and in the three contact lines ('INSP  Nourdine ...'), leaving double spaces: each "
              "comes back as ' – '. The director's quote is in « » while the second quote uses “ ” (kept as written). "
              "The title's 'plus d’un quart' and the body's 'Plus d’un quart' are two texts (fractions with the "
              "contracted qualifier, h136-h151). 'un enfant sur cinq' and 'un élève sur trois' are proportions "
              "written 'N sur M' with their noun: one figure each (0.2, 0.3333, h312-h327). 'jusqu’à 6 mois': an age "
              "with 'jusqu’à'; 'de 6 à 23 mois': '6' (age, unit null) and '23 mois'. '1 000 premiers jours': a "
              "duration, the adjective kept in the text. 'reculé de 3,8 points' kind other, unit 'points'. 'de 0,4 % "
              "à 1,5 %' two percents; 'd’ici 2027' gives '2027'. 'entre août et octobre 2025' gives 'octobre 2025'. "
              "'l’enquête nationale de nutrition' has no year in its name. 'Le gouvernement comorien' is generic. "
              "Contacts: three lines opening with the office label (organisation as written: 'INSP', 'UNICEF Comores' "
              "for the listed UNICEF, 'PAM'), person and role; the PAM officer's city in brackets is a place "
              "(Antananarivo) and his Malagasy mobile has its code.",
    ),
))


# =========================================================================== eleven other sites
# --------------------------------------------------------------------------- h365 francophone cultural centre in Praia, Cabo Verde: no defect and no boilerplate
PAGES.append(Page(
    name="h365-ccfp-praia-formation-professeurs-francais",
    meta={"site": "www.ccfp-praia.example.cv", "style": "francophone-cultural-centre-clean", "defects": []},
    blocks=[
        P("Le Centre culturel francophone de Praia forme 120 professeurs de français dans six îles du Cabo Verde"),
        P("Praia, le 2 décembre 2025 – Le Centre culturel francophone de Praia (CCFP) lancera le 12 janvier 2026 un "
          "programme de formation continue destiné à 120 professeurs de français de l’enseignement secondaire, en "
          "partenariat avec le ministère de l’Éducation du Cabo Verde. Les sessions se tiendront à Praia, à Mindelo "
          "et à Espargos, et des modules à distance permettront aux enseignants de Brava, de Maio et de Fogo d’y "
          "participer."),
        P("Le français est enseigné comme deuxième langue étrangère dans 38 lycées du pays, où il est étudié par près "
          "de 21 000 élèves. Depuis l’adhésion du Cabo Verde à l’Organisation internationale de la Francophonie en "
          "1996, le nombre d’apprenants a plus que doublé, mais un tiers des postes d’enseignant restent occupés par "
          "des contractuels sans formation pédagogique complète."),
        P("Le programme, d’un coût de 9,6 millions d’escudos (environ 87 000 euros) sur deux ans, est financé par "
          "l’Agence universitaire de la Francophonie (AUF) et par l’ambassade de France. Chaque enseignant suivra 90 "
          "heures de formation, dont 30 heures en classe sous la conduite de formateurs de l’Université du Cabo Verde "
          "(Uni-CV), et recevra à la fin du parcours une certification reconnue par le ministère."),
        P("« Nos élèves sont à quatre heures de vol de Dakar et à six heures de Lisbonne : le français leur ouvre "
          "l’Afrique de l’Ouest, ses universités et ses entreprises », explique la directrice du CCFP, Ana Lúcia "
          "Tavares Semedo. « Former les professeurs, c’est la façon la plus durable de faire vivre cette langue dans "
          "l’archipel. »"),
        P("Le CCFP organisera également, du 16 au 21 mars 2026, la Semaine de la Francophonie dans les neuf îles "
          "habitées, avec des concours d’éloquence, des projections de films et un festival de musique à Mindelo. "
          "L’an dernier, plus de 4 500 personnes avaient participé à ses activités."),
        P("Fondé en 1983, le centre accueille chaque année quelque 1 300 apprenants adultes et dispose d’une "
          "médiathèque de 11 000 documents, ouverte gratuitement aux élèves et aux étudiants."),
        L("""Contact presse :
Djamila Fortes Lima, chargée de communication
Tél. : +238 261 34 18 – Portable : +238 991 45 27
communication@ccfp-praia.example.cv"""),
    ],
    gold=dict(
        title="Le Centre culturel francophone de Praia forme 120 professeurs de français dans six îles du Cabo Verde",
        dateline=dl("Praia", "2025-12-02"),
        organisations=[org("Centre culturel francophone de Praia", "CCFP"),
                       org("ministère de l’Éducation du Cabo Verde"),
                       org("Organisation internationale de la Francophonie"),
                       org("Agence universitaire de la Francophonie", "AUF"), org("ambassade de France"),
                       org("Université du Cabo Verde", "Uni-CV")],
        places=[place("Praia"), place("Cabo Verde", "CV"), place("Mindelo"), place("Espargos"), place("Brava"),
                place("Maio"), place("Fogo"), place("Dakar"), place("Lisbonne"), place("Afrique de l’Ouest")],
        figures=[
            fig("120 professeurs", 120, "professeurs"),
            fig("six îles", 6, "îles"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("le 12 janvier 2026", "2026-01-12", None, "date"),
            fig("38 lycées", 38, "lycées"),
            fig("près de 21 000 élèves", 21000, "élèves", qualifier="près de"),
            fig("en 1996", 1996, None, "year"),
            fig("un tiers", 0.3333, None, "other"),
            fig("9,6 millions d’escudos", 9600000, "escudos", "money", currency="CVE"),
            fig("environ 87 000 euros", 87000, "euros", "money", qualifier="environ", currency="EUR"),
            fig("deux ans", 2, "ans", "duration"),
            fig("90 heures", 90, "heures", "duration"),
            fig("30 heures", 30, "heures", "duration"),
            fig("quatre heures", 4, "heures", "duration"),
            fig("six heures", 6, "heures", "duration"),
            fig("16", "2026-03-16", None, "date"),
            fig("21 mars 2026", "2026-03-21", None, "date"),
            fig("neuf îles", 9, "îles"),
            fig("plus de 4 500 personnes", 4500, "personnes", qualifier="plus de"),
            fig("en 1983", 1983, None, "year"),
            fig("quelque 1 300 apprenants", 1300, "apprenants", qualifier="quelque"),
            fig("11 000 documents", 11000, "documents"),
        ],
        phones=[phone("+2382613418"), phone("+2389914527")],
        emails=["communication@ccfp-praia.example.cv"],
        contacts=[contact("Djamila Fortes Lima", "chargée de communication", None, ["+2382613418", "+2389914527"],
                          ["communication@ccfp-praia.example.cv"])],
        notes="A (made-up) francophone cultural centre's release from Cabo Verde (a country the corpus did not have) "
              "with no defect and no boilerplate at all. The title's '120 professeurs' and the body's are one text. "
              "'le ministère de l’Éducation du Cabo Verde' is listed under its whole name (a partner); 'le "
              "ministère' later is the same body; 'Cabo Verde' is also a place (it stands alone). The OIF is listed "
              "under its long form (no acronym written); the 'ambassade de France' funds the programme and is listed "
              "as written (as h245's embassy), France then standing only inside its name (not a place); the "
              "university with its acronym as written ('Uni-CV'). Cabo Verdean escudos are CVE (new currency, unit "
              "as written). 'deuxième langue' an ordinal word; 'a plus que doublé' not a figure; 'un tiers des "
              "postes' a fraction. 'à quatre heures de vol', 'à six heures' durations. 'du 16 au 21 mars 2026': "
              "'16' (2026-03-16) and '21 mars 2026'. 'L’an dernier' and 'chaque année' are not figures. 'Semaine de "
              "la Francophonie' is an event. Contact: a block with person and role, a Praia landline and a mobile "
              "with '+238' (seven digits, new code), an address; organisation null (not written in the block).",
    ),
))

# --------------------------------------------------------------------------- h366 French rice NGO's English release on The Gambia under French chrome: ’ and – as '?', obfuscated e-mail
H366_Q = dict(apos="?", nodash="?")
H366_QE = dict(H366_Q, noeuro="?")
PAGES.append(Page(
    name="h366-terres-de-riz-gambia-women-rice-growers-en",
    meta={"site": "www.terres-de-riz.example.org", "style": "rice-ngo-en-under-fr-chrome", "language": "en",
          "defects": ["english-page", "english-dateline", "lost-apostrophe", "lost-dash", "lost-euro", "obfuscated-email",
                      "menu",
                      "duplicate-lines", "breadcrumb", "share-lines", "donation-block", "cookie-banner",
                      "postcode-trap"]},
    blocks=[
        B("""Aller au contenu
Terres de Riz
ONG de solidarité internationale – l’eau et le riz pour les familles paysannes
FR | EN
Accueil
Qui sommes-nous ?
Nos actions
Nos actions
Gambie
Sénégal
Madagascar
Actualités
Actualités
Faire un don
Accueil › Actualités › Gambie
Publié le 03/12/2025 · 4 min de lecture
Version originale en anglais – la traduction française sera publiée prochainement."""),
        P("The Gambia: women rice growers nearly triple their yields in the Central River Region", **H366_Q),
        P("BANJUL, The Gambia, 3 December 2025 – Women rice growers in the Central River Region have nearly tripled "
          "their yields in two seasons, from 1.1 to 3.2 tonnes per hectare, thanks to small irrigation schemes and "
          "improved seed, the French NGO Terres de Riz said on Wednesday at the close of the project’s second phase.",
          **H366_Q),
        P("Some 2,400 women from 46 villages around Janjanbureh and Kuntaur now farm 780 hectares of lowland rice "
          "fields, up from 260 hectares in 2023. Each cooperative manages its own pump and watering schedule, and 31 "
          "new dykes have been built to keep salt water out of the fields during the dry season.", **H366_Q),
        P("In the same villages, yields in fields without water control stayed at 1.2 tonnes per hectare this year, "
          "after a rainy season that ended three weeks early. Each village has trained two seed multipliers, and 120 "
          "tonnes of certified seed were produced locally in 2025.", **H366_Q),
        P("\"Before, the rice we grew lasted four months. This year my family will eat our own rice until the next "
          "harvest, and I sold 15 bags at the Bansang market,\" said Isatou Jallow, who chairs the women’s "
          "federation of Kuntaur.", **H366_Q),
        P("The project, budgeted at €640,000 over three years, was co-funded by the French Development Agency (AFD) "
          "and the Brittany Region, with technical support from the National Agricultural Research Institute "
          "(NARI). Members’ savings groups have also lent 2.1 million dalasis to 690 women to buy seed, tarpaulins "
          "and small threshers.", **H366_QE),
        P("Rice imports still cover about 70% of the country’s needs. The Ministry of Agriculture, which attended "
          "the closing ceremony in Janjanbureh, aims to bring that share down to 40% by 2030 by supporting local "
          "producers’ groups.", **H366_Q),
        P("A third phase, starting in March 2026, will extend the approach to 20 more villages in the Upper River "
          "Region, with a focus on young farmers and on rice milling.", **H366_Q),
        L("""Media contacts:
In Banjul: Lamin Ceesay, Country Coordinator – +220 449 62 10 / 771 83 04 – l.ceesay@terres-de-riz.example.org
In Rennes: Maëlle Guéguen, Communications Officer – +33 2 99 38 47 12 – presse [at] terres-de-riz.example.org""",
          **H366_Q),
        B("""Partager : Facebook · LinkedIn · X · E-mail
Avec 25 €, vous financez un sac de semences pour une famille. Je donne
À lire aussi
Sénégal : 14 nouvelles digues anti-sel dans la vallée de la Casamance
Madagascar : les greniers communautaires de l’Alaotra ouvrent leurs portes
Terres de Riz – 12, rue de Saint-Malo – 35000 Rennes – Association loi 1901
Ce site utilise des cookies de mesure d’audience. Accepter | Paramétrer
© 2025 Terres de Riz – Mentions légales"""),
    ],
    gold=dict(
        title="The Gambia: women rice growers nearly triple their yields in the Central River Region",
        dateline=dl("BANJUL", "2025-12-03"),
        organisations=[org("Terres de Riz"), org("French Development Agency", "AFD"), org("Brittany Region"),
                       org("National Agricultural Research Institute", "NARI"), org("Ministry of Agriculture")],
        places=[place("The Gambia", "GM"), place("Central River Region"), place("Banjul"), place("Janjanbureh"),
                place("Kuntaur"), place("Bansang"), place("Upper River Region"), place("Rennes")],
        figures=[
            fig("3 December 2025", "2025-12-03", None, "date"),
            fig("two seasons", 2, "seasons", "duration"),
            fig("1.1", 1.1, None, "other"),
            fig("3.2 tonnes", 3.2, "tonnes", "other"),
            fig("Some 2,400 women", 2400, "women", qualifier="Some"),
            fig("46 villages", 46, "villages"),
            fig("780 hectares", 780, "hectares", "other"),
            fig("260 hectares", 260, "hectares", "other"),
            fig("in 2023", 2023, None, "year"),
            fig("31 new dykes", 31, "dykes"),
            fig("1.2 tonnes", 1.2, "tonnes", "other"),
            fig("three weeks", 3, "weeks", "duration"),
            fig("two seed multipliers", 2, "multipliers"),
            fig("120 tonnes", 120, "tonnes", "other"),
            fig("in 2025", 2025, None, "year"),
            fig("four months", 4, "months", "duration"),
            fig("15 bags", 15, "bags"),
            fig("€640,000", 640000, "€", "money", currency="EUR"),
            fig("three years", 3, "years", "duration"),
            fig("2.1 million dalasis", 2100000, "dalasis", "money", currency="GMD"),
            fig("690 women", 690, "women"),
            fig("about 70%", 70, "%", "percent", qualifier="about"),
            fig("40%", 40, "%", "percent"),
            fig("2030", 2030, None, "year"),
            fig("March 2026", 2026, None, "year"),
            fig("20 more villages", 20, "villages"),
        ],
        phones=[phone("+2204496210"), phone("+2207718304"), phone("+33299384712")],
        emails=["l.ceesay@terres-de-riz.example.org"],
        contacts=[contact("Lamin Ceesay", "Country Coordinator", None, ["+2204496210", "+2207718304"],
                          ["l.ceesay@terres-de-riz.example.org"]),
                  contact("Maëlle Guéguen", "Communications Officer", None, ["+33299384712"], [])],
        notes="A (made-up) Rennes rice-farming NGO's English release on The Gambia (a country the corpus did not have) "
              "under its French chrome: skip line, site name and tagline, FR/EN line, vertical menu with doubled 'Nos "
              "actions' and 'Actualités', breadcrumb, date/reading-time line and the note 'Version originale en "
              "anglais – la traduction française sera publiée prochainement.' above the title; at the bottom share "
              "line, donation call (its '25 €' is chrome), French related headlines, footer with a 35000 postcode, "
              "cookie line, copyright: all boilerplate. 'language' is 'en'. The article went through a Latin-1 trip "
              "with replacement: every ’, en dash and € is '?' ('project?s', 'women?s', 'Members?', '2025 ? Women', "
              "'Coordinator ? +220', '?640,000'), each restored (h214 rule); the straight double quotes survived and are kept as written "
              "(h296-h311 h302 rule). Dateline 'BANJUL, The Gambia, 3 December 2025 –': place as written, 'Banjul' "
              "listed in normal case (also the contact label), the country listed as the title writes it ('The "
              "Gambia', GM). 'from 1.1 to 3.2 tonnes per hectare': '1.1' (kind other, unit null) and '3.2 tonnes' "
              "('per hectare' out). 'nearly tripled' is not a figure. 'in two seasons': a duration (as 'trois "
              "hivernages'). 'in 2023' keeps its English preposition (h120-h135). '31 new dykes', '20 more villages': "
              "counts with the adjective in the text; 'two seed multipliers' keeps the noun adjunct in the text only "
              "(unit 'multipliers', h200-h215 'alumni companies'); '1.2 tonnes per hectare this year' gives '1.2 "
              "tonnes'; 'three weeks early' a duration. Gambian dalasis are GMD (new currency, unit as written). 'by "
              "2030' gives '2030'. 'the Brittany Region' an organisation (a funder, h184-h199); the Ministry of "
              "Agriculture (attending, aiming) listed; NARI a real Gambian institute with invented facts. Contacts: "
              "two English lines with place labels ('In Banjul:', 'In Rennes:', places), person and role, "
              "organisation null (not written in the lines); a Banjul landline and a mobile after '/' without code "
              "(+220 by the label); the Rennes contact's only address is obfuscated ('[at]', kept, not listed).",
    ),
))

# --------------------------------------------------------------------------- h367 Kankan community radio: the midday news listing, four AGP stories, ’ dropped in one, cp1250 in another, a glued 'Lire la suite ›'
PAGES.append(Page(
    name="h367-radio-djoliba-kankan-journal-13h-listing",
    meta={"site": "www.djoliba-fm.example.gn", "style": "community-radio-news-listing", "listing": True,
          "defects": ["listing", "menu", "audio-player", "read-more", "lost-apostrophe", "mojibake-cp1250", "case-damage",
                      "share-lines"]},
    blocks=[
        B("""Djoliba FM 98.7 – La voix de la Haute-Guinée
Accueil | Infos | Sports | Émissions | Podcasts | Annonces | Contact
▶ EN DIRECT – Écoutez Djoliba FM (98.7 à Kankan, 101.2 à Siguiri)
Le journal de 13 heures – mercredi 3 décembre 2025
Présenté par Fodé Kaba Condé · Réécouter le journal (14:32)"""),
        P("Kankan : les travaux de la route Kankan–Kouroussa reprennent après trois mois d’arrêt"),
        P("03/12/2025 à 12h41"),
        P("Kankan, 3 déc. (AGP) – Les travaux de réhabilitation de la route nationale 1 entre Kankan et Kouroussa ont "
          "repris lundi après trois mois d’arrêt dû à la saison des pluies, a constaté un correspondant de l’Agence "
          "guinéenne de presse. L’entreprise chargée du chantier prévoit de bitumer 42 kilomètres d’ici à juin 2026 "
          "sur les 94 que compte le tronçon. Le projet, d’un coût de 1 250 milliards de francs guinéens, est financé "
          "par la [[banque africaine de dÉveloppement||Banque africaine de développement]] (BAD) et l’État guinéen."),
        B("Lire la suite ›"),
        P("Siguiri : 1 800 orpailleurs formés à l’extraction de l’or sans mercure", apos="drop"),
        P("03/12/2025 à 12h15"),
        P("Siguiri, 3 déc. (AGP) – Quelque 1 800 orpailleurs de la préfecture de Siguiri ont été formés depuis "
          "septembre à des techniques d’extraction de l’or sans mercure, dans le cadre d’un projet soutenu par le "
          "Programme des Nations unies pour le développement (PNUD). Selon la direction préfectorale des mines, "
          "l’usage du mercure a reculé de 35 % sur les 14 sites pilotes. « Nos enfants buvaient l’eau des mares où "
          "nous lavions le minerai », témoigne Mamadi Keïta, président d’une coopérative de Doko.", apos="drop"),
        B("Lire la suite ›"),
        P("Kérouané : l’épidémie de rougeole maîtrisée, selon les autorités sanitaires"),
        P("03/12/2025 à 11h50"),
        P("Kérouané, 2 déc. (AGP) – L’épidémie de rougeole déclarée le 4 novembre dans la sous-préfecture de "
          "Banankoro est maîtrisée, a annoncé mardi la direction préfectorale de la santé de Kérouané. Sur les 146 "
          "cas notifiés, dont 112 chez des enfants de moins de 5 ans, aucun nouveau cas n’a été enregistré depuis "
          "21 jours. Une campagne de riposte a permis de vacciner 23 600 enfants avec l’appui de Médecins sans "
          "frontières (MSF).", moji="cp1250"),
        B("Lire la suite ›"),
        P("Foire de Kankan : 320 exposants attendus du 12 au 14 décembre", glue=True),
        P("03/12/2025 à 10h30"),
        P("Kankan, 3 déc. (AGP) – La 5e Foire régionale de l’agriculture et de l’artisanat de la Haute-Guinée se "
          "tiendra du 12 au 14 décembre sur l’esplanade du Palais des sports de Kankan. Les organisateurs attendent "
          "320 exposants venus des cinq préfectures de la région, mais aussi du Mali et de la Côte d’Ivoire, et plus "
          "de 15 000 visiteurs. Le droit de stand est fixé à 350 000 francs guinéens pour les trois jours."),
        B("""Lire la suite ›
Journaux précédents : 12 heures | 8 heures | 7 heures
Partager ce journal : Facebook · WhatsApp
Djoliba FM – quartier Salamani, Kankan – Studio : +224 30 45 12 87 – SMS : 7070
© 2025 Djoliba FM – Tous droits réservés"""),
    ],
    gold=dict(
        title="Kankan : les travaux de la route Kankan–Kouroussa reprennent après trois mois d’arrêt",
        dateline=None,
        organisations=[org("Agence guinéenne de presse", "AGP"), org("Banque africaine de développement", "BAD"),
                       org("Programme des Nations unies pour le développement", "PNUD"),
                       org("Médecins sans frontières", "MSF")],
        places=[place("Kankan"), place("Kouroussa"), place("Siguiri"), place("Doko"), place("Kérouané"),
                place("Banankoro"), place("Haute-Guinée"), place("Mali", "ML"), place("Côte d’Ivoire", "CI")],
        figures=[
            fig("trois mois", 3, "mois", "duration"),
            fig("03/12/2025 à 12h41", "2025-12-03", None, "date"),
            fig("3 déc.", "--12-03", None, "date"),
            fig("42 kilomètres", 42, "kilomètres", "other"),
            fig("juin 2026", 2026, None, "year"),
            fig("94", 94, None, "other"),
            fig("1 250 milliards de francs guinéens", 1250000000000, "francs guinéens", "money", currency="GNF"),
            fig("1 800 orpailleurs", 1800, "orpailleurs"),
            fig("03/12/2025 à 12h15", "2025-12-03", None, "date"),
            fig("Quelque 1 800 orpailleurs", 1800, "orpailleurs", qualifier="Quelque"),
            fig("35 %", 35, "%", "percent"),
            fig("14 sites", 14, "sites"),
            fig("03/12/2025 à 11h50", "2025-12-03", None, "date"),
            fig("2 déc.", "--12-02", None, "date"),
            fig("le 4 novembre", "--11-04", None, "date"),
            fig("146 cas", 146, "cas"),
            fig("112", 112, None),
            fig("moins de 5 ans", 5, "ans", "age", qualifier="moins de"),
            fig("21 jours", 21, "jours", "duration"),
            fig("23 600 enfants", 23600, "enfants"),
            fig("320 exposants", 320, "exposants"),
            fig("12", "--12-12", None, "date"),
            fig("14 décembre", "--12-14", None, "date"),
            fig("03/12/2025 à 10h30", "2025-12-03", None, "date"),
            fig("5e", 5, None, "ordinal"),
            fig("cinq préfectures", 5, "préfectures"),
            fig("plus de 15 000 visiteurs", 15000, "visiteurs", qualifier="plus de"),
            fig("350 000 francs guinéens", 350000, "francs guinéens", "money", currency="GNF"),
            fig("trois jours", 3, "jours", "duration"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes="A (made-up) community radio of Kankan, Guinea: its midday news page holds four unrelated stories, a "
              "listing (title = the first headline, dateline null, README 'Listing titles'). Boilerplate: the "
              "station's name line, the one-line menu, the live-stream line ('▶ EN DIRECT', tagged 'audio-player'; "
              "its frequencies are not figures), the listing's label 'Le journal de 13 heures – mercredi 3 décembre "
              "2025' and the presenter/replay line (its duration is not a figure), each 'Lire la suite ›' line "
              "(read-more), links to earlier bulletins, share line, footer with a studio number and an SMS short "
              "code (chrome, not phones). The third story's 'Lire la suite ›' is glued to the fourth headline "
              "('Lire la suite ›Foire de Kankan ...'): that raw line holds article text, the link text is removed. "
              "Each headline, its stamp line 'dd/mm/yyyy à hhhmm' (one date figure each, as h319's stamps) and its "
              "story are article text; each story's dateline 'Town, 3 déc. (AGP) –' gives the agency (listed once, "
              "under the long form the first story spells out) and the date ('3 déc.' --12-03 once, '2 déc.' "
              "--12-02). The second story has every ’ dropped, headline included ('lextraction', 'lor', 'dextraction', "
              "'lusage', 'leau', 'dune'); the third story is UTF-8 read as cp1250 ('KĂ©rouanĂ©', 'Lâ€™Ă©pidĂ©mie', "
              "'â€“'), decoded. In the first story the bank's name went through ASCII-case damage ('la banque "
              "africaine de dÉveloppement (BAD)'), restored to its usual form. 'trois mois' (headline and body) one text; 'route nationale 1' is a "
              "road's name; 'sur les 94 que compte le tronçon' a length without noun (kind other, unit null, as "
              "h168's 'contre 92 400'); 'd’ici à juin 2026' the month-year. '1 800 orpailleurs' (headline) and "
              "'Quelque 1 800 orpailleurs' two texts; 'dont 112' a count without noun; 'du 12 au 14 décembre' "
              "(headline and body, same texts) gives '12' (--12-12) and '14 décembre'; '5e Foire' an ordinal; 'pour "
              "les trois jours' a duration. The corridor 'Kankan–Kouroussa' gives both towns. 'l’État guinéen', "
              "'direction préfectorale des mines / de la santé' are generic; the fair is an event and the Palais des "
              "sports a venue. No contact.",
    ),
))

# --------------------------------------------------------------------------- h368 UNFPA Chad: PDF dumped to text (letterhead, two-line title, right-aligned dateline, wraps, hyphenation, ligatures, a page break inside a paragraph)
H368_P1 = ("Le Fonds des Nations Unies pour la population (UNFPA) et le ministère de la Santé publique et de la "
           "Prévention ont clôturé à Abéché la dernière campagne de réparation chirurgicale de la fistule "
           "obstétricale de l’année, portant à 1 350 le nombre de femmes opérées gratuitement au Tchad en 2025, "
           "contre 890 en 2024. Le taux de guérison atteint 87 %, selon les données des cinq centres de prise en "
           "charge du pays.")
H368_P2 = ("La campagne d’Abéché, organisée du 10 au 28 novembre à l’hôpital provincial, a permis d’opérer 214 femmes "
           "venues du Ouaddaï, du Sila et du Wadi Fira, ainsi que 38 réfugiées soudanaises des camps de l’est du "
           "pays, qui ont bénéficié d’un suivi [[post\u2010opératoire||post-opératoire]] de trois semaines. La plus jeune patiente avait 16 ans ; la plus âgée vivait avec une fistule depuis 31 ans.")
H368_P3 = ("« La fistule est une maladie de la pauvreté et de l’isolement : elle frappe les femmes qui accouchent sans "
           "aide, loin de tout centre de santé. Chaque réparation rend à une femme sa dignité et sa place dans sa "
           "communauté », a déclaré la représentante de l’UNFPA au Tchad, Mireille Nkounkou-Batchi.")
H368_P4 = ("Selon les estimations de l’UNFPA, plus de 25 000 femmes vivraient avec une fistule non traitée au Tchad, "
           "où seuls 27 % des accouchements sont assistés par un personnel qualifié. Dans les provinces de l’est, "
           "une femme enceinte doit souvent parcourir plus de 80 kilomètres pour atteindre un bloc opératoire.")
H368_P5A = ("Outre la chirurgie, le programme finance la réinsertion des patientes : 640 femmes opérées depuis 2023 "
            "ont reçu une formation en couture, en maraîchage ou en petit commerce, ainsi qu’un kit de démarrage d’une "
            "valeur de 150 000 francs CFA. Une étude de suivi menée cette année auprès de 300 d’entre")
H368_P5B = ("elles montre que 71 % ont retrouvé une activité génératrice de revenus et que la plupart ont réintégré "
            "leur foyer ou leur village.")
H368_P6 = ("Le programme, soutenu par l’Union européenne, l’Agence française de développement (AFD) et le Fonds "
           "français Muskoka, a mobilisé 2,1 milliards de francs CFA depuis 2023. Pour 2026, l’UNFPA et le ministère "
           "prévoient d’ouvrir un sixième centre à Mongo et de former 12 chirurgiens tchadiens à la réparation des "
           "fistules complexes.")
H368_P7 = ("Les femmes qui souffrent de fuites urinaires après un accouchement peuvent appeler gratuitement le numéro "
           "vert 1313 pour être orientées vers le centre le plus proche.")
H368_FOOT = "UNFPA Tchad – Communiqué de presse – 1er décembre 2025" + " " * 34

PAGES.append(Page(
    name="h368-unfpa-tchad-fistule-obstetricale-abeche-pdf",
    meta={"site": "tchad.unfpa.example.org", "style": "un-agency-pdf-text-dump",
          "defects": ["hard-wrap", "pdf-hyphenation", "stray-unicode-ligature", "stray-unicode-hyphen",
                      "page-furniture", "postcode-trap"]},
    blocks=[
        B("""Fonds des Nations Unies pour la population
UNFPA Tchad
Bureau de pays – Quartier Klémat, avenue Mobutu, BP 4081 N’Djamena
Tél. : +235 22 52 38 10 – chad.office@unfpa.org
COMMUNIQUÉ DE PRESSE"""),
        X("          Fistule obstétricale : 1 350 femmes opérées gratuitement\n"
          "                au Tchad en 2025, un record depuis dix ans",
          "Fistule obstétricale : 1 350 femmes opérées gratuitement au Tchad en 2025, un record depuis dix ans"),
        X(" " * 64 + "Abéché, le 1er décembre 2025", "Abéché, le 1er décembre 2025"),
        xpdf(H368_P1, "h368a"),
        xpdf(H368_P2, "h368b"),
        xpdf(H368_P3, "h368c"),
        xpdf(H368_P4, "h368d"),
        X(pdflines(H368_P5A, 92, "h368e", lig=True), H368_P5A + " " + H368_P5B),
        B(H368_FOOT + "Page 1 sur 2\nFonds des Nations Unies pour la population – Bureau de pays du Tchad"),
        X(pdflines(H368_P5B, 92, "h368f", lig=True), ""),
        xpdf(H368_P6, "h368g"),
        xpdf(H368_P7, "h368h"),
        X("Contacts presse\n"
          "UNFPA Tchad : Achta Mahamat Saleh, chargée de communication, +235 66 29 41 07,\n"
          "asaleh@unfpa.org\n"
          "Direction de la santé de la reproduction : Dr Abakar Hassane Djibrine, +235 63 11 82 40",
          "Contacts presse\n"
          "UNFPA Tchad : Achta Mahamat Saleh, chargée de communication, +235 66 29 41 07, asaleh@unfpa.org\n"
          "Direction de la santé de la reproduction : Dr Abakar Hassane Djibrine, +235 63 11 82 40"),
        B(H368_FOOT + "Page 2 sur 2"),
    ],
    gold=dict(
        title="Fistule obstétricale : 1 350 femmes opérées gratuitement au Tchad en 2025, un record depuis dix ans",
        dateline=dl("Abéché", "2025-12-01"),
        organisations=[org("Fonds des Nations Unies pour la population", "UNFPA"),
                       org("ministère de la Santé publique et de la Prévention"), org("Union européenne"),
                       org("Agence française de développement", "AFD"), org("Fonds français Muskoka")],
        places=[place("Tchad", "TD"), place("Abéché"), place("Ouaddaï"), place("Sila"), place("Wadi Fira"),
                place("Mongo")],
        figures=[
            fig("1 350 femmes", 1350, "femmes"),
            fig("en 2025", 2025, None, "year"),
            fig("dix ans", 10, "ans", "duration"),
            fig("le 1er décembre 2025", "2025-12-01", None, "date"),
            fig("1 350", 1350, None),
            fig("890", 890, None),
            fig("en 2024", 2024, None, "year"),
            fig("87 %", 87, "%", "percent"),
            fig("cinq centres", 5, "centres"),
            fig("10", "--11-10", None, "date"),
            fig("28 novembre", "--11-28", None, "date"),
            fig("214 femmes", 214, "femmes"),
            fig("38 réfugiées", 38, "réfugiées"),
            fig("trois semaines", 3, "semaines", "duration"),
            fig("16 ans", 16, "ans", "age"),
            fig("31 ans", 31, "ans", "duration"),
            fig("plus de 25 000 femmes", 25000, "femmes", qualifier="plus de"),
            fig("27 %", 27, "%", "percent"),
            fig("plus de 80 kilomètres", 80, "kilomètres", "other", qualifier="plus de"),
            fig("640 femmes", 640, "femmes"),
            fig("2023", 2023, None, "year"),
            fig("150 000 francs CFA", 150000, "francs CFA", "money", currency="XAF"),
            fig("300", 300, None),
            fig("71 %", 71, "%", "percent"),
            fig("2,1 milliards de francs CFA", 2100000000, "francs CFA", "money", currency="XAF"),
            fig("2026", 2026, None, "year"),
            fig("12 chirurgiens", 12, "chirurgiens"),
        ],
        phones=[phone("+23566294107"), phone("+23563118240")],
        emails=["asaleh@unfpa.org"],
        contacts=[contact("Achta Mahamat Saleh", "chargée de communication", "UNFPA Tchad", ["+23566294107"],
                          ["asaleh@unfpa.org"]),
                  contact("Abakar Hassane Djibrine", None, "Direction de la santé de la reproduction",
                          ["+23563118240"], [])],
        notes="The UN population fund's country office in Chad (a real agency with invented facts and people) as a "
              "PDF dumped to plain text. Boilerplate: the letterhead above the title of a PDF without CMS title "
              "(long form, office label, BP box, switchboard and office address, the 'COMMUNIQUÉ DE PRESSE' label, "
              "h56-h71), the running footer with 'Page n sur 2' and the second page's running header. The title is "
              "centred over two lines (one clean line), the dateline right-aligned on its own line ('Abéché, le 1er "
              "décembre 2025', the campaign's town, not the office's seat N’Djamena, which stands only in the "
              "letterhead and is not listed). Lines wrapped at about 92 columns (joined), hyphenation at line ends "
              "joined, fi/fl ligatures expanded, a U+2010 hyphen in "
              "'post‐opératoire' restored as '-'. The page break falls inside the paragraph on reintegration "
              "('auprès de 300 d’entre' / footer / header / 'elles montre'): one clean line. Figures: the title's "
              "'1 350 femmes' and the body's 'portant à 1 350 le nombre de femmes' ('1 350', unit null, the noun "
              "after the verb) are two texts; 'au Tchad en 2025' (title and body) one text 'en 2025'; 'un record "
              "depuis dix ans' a duration; 'contre 890 en 2024' a count without noun and the year. 'du 10 au 28 "
              "novembre' without year: '10' (--11-10) and '28 novembre'. 'avait 16 ans' an age; 'depuis 31 ans' a "
              "duration. 'auprès de 300 d’entre elles' a count without noun. 'depuis 2023' (twice) one text "
              "'2023'; 'Pour 2026' gives '2026'; 'sixième centre' an ordinal word; 'cette année' not a figure. "
              "'numéro vert 1313' a short service number (neither phone nor figure). The UNFPA's long form is "
              "written in the body; the ministry (co-organiser) is listed; 'l’hôpital provincial' is a venue; "
              "'soudanaises', 'tchadiens' adjectives. Contacts: the office label 'UNFPA Tchad' (the listed UNFPA) "
              "with person, role, a Chadian mobile and an unfpa.org address; a directorate of the ministry named "
              "only in its contact line (kept as the contact's organisation, not listed apart, h104-h119) with a "
              "person ('Dr' left out) and a mobile; the second line's number has its code.",
    ),
))

# --------------------------------------------------------------------------- h369 Tunisian ministry on an old CMS: ’ dropped, 70-column wraps with a split number, article-info line, visitor counter
H369_A = dict(apos="drop")
PAGES.append(Page(
    name="h369-ministere-agriculture-tunisie-barrages-remplissage",
    meta={"site": "www.agriculture-tn.example.tn", "style": "ministry-old-cms-hard-wrap",
          "defects": ["hard-wrap", "lost-apostrophe", "menu", "breadcrumb", "cms-footer", "postcode-trap"]},
    wrap=70,
    blocks=[
        B("""République Tunisienne
Ministère de l’Agriculture, des Ressources hydrauliques et de la Pêche maritime
Accueil :: Le ministère :: Actualités :: Appels d’offres :: Statistiques :: Contact
Vous êtes ici : Accueil > Actualités > Communiqués"""),
        P("Barrages : le taux de remplissage atteint 31,6 % au 1er décembre", nowrap=True),
        B("Publié le : 02-12-2025 | Affichages : 1204 | Imprimer | Envoyer à un ami"),
        P("Tunis, le 2 décembre 2025 – Les réserves des barrages tunisiens s’élevaient lundi à 741,3 millions de "
          "mètres cubes, soit un taux de remplissage de 31,6 %, contre 28,4 % à la même date de l’an dernier, selon "
          "les données de l’Observatoire national de l’agriculture (ONAGRI) publiées par le ministère de "
          "l’Agriculture, des Ressources hydrauliques et de la Pêche maritime.", **H369_A),
        P("Les pluies de la deuxième quinzaine de novembre, qui ont atteint 86 millimètres à Jendouba et 64 "
          "millimètres à Béja, ont permis un apport de 118 millions de mètres cubes en deux semaines. Le barrage de "
          "Sidi Salem, le plus grand du pays, est rempli à 24 %, tandis que ceux du Cap Bon restent sous la barre "
          "des 15 %.", **H369_A),
        P("Compte tenu de ces niveaux, le ministère a décidé de maintenir jusqu’au 31 mars 2026 le système de quotas "
          "pour l’eau potable dans le Grand Tunis, le Cap Bon et le Sahel, ainsi que l’interdiction d’utiliser l’eau "
          "du réseau de la Société nationale d’exploitation et de distribution des eaux (SONEDE) pour l’arrosage des "
          "jardins, le remplissage des piscines et le lavage des voitures.", **H369_A),
        P("Pour la campagne agricole 2025-2026, une enveloppe de 1⏎100 millions de dinars a été allouée au "
          "programme d’économie d’eau en irrigation, qui doit équiper 24 000 hectares supplémentaires en "
          "goutte-à-goutte. Les agriculteurs bénéficient d’une subvention pouvant aller jusqu’à 60 % du coût des "
          "équipements.", **H369_A),
        P("Dans le gouvernorat de Kairouan, où la nappe phréatique a baissé de 1,8 mètre en deux ans, 320 puits non "
          "autorisés ont été fermés depuis janvier, selon le commissariat régional au développement agricole, qui "
          "appelle les agriculteurs à déclarer leurs forages avant le 31 décembre.", **H369_A),
        P("« La sécheresse que nous vivons depuis six ans n’est plus une exception, c’est notre nouvelle réalité. "
          "Chaque goutte compte, dans les champs comme dans les foyers », a déclaré le ministre lors d’une visite au "
          "barrage de Mellègue, dont la surélévation doit s’achever en juin 2026.", **H369_A),
        P("Le ministère rappelle que la nouvelle station de dessalement de Sfax, d’une capacité de 100 000 mètres "
          "cubes par jour, entrera en service au premier trimestre 2026, et que celle de Zarat, dans le gouvernorat "
          "de Gabès, est opérationnelle depuis juillet.", **H369_A),
        B("""< Précédent   Suivant >
Ministère de l’Agriculture, des Ressources hydrauliques et de la Pêche maritime – 30, rue Alain Savary – 1002 Tunis Belvédère
Tél. : (+216) 71 786 833 – Fax : (+216) 71 780 391
Nombre de visiteurs : 4 812 336
© 2025 Tous droits réservés – Site réalisé avec Joomla!"""),
    ],
    gold=dict(
        title="Barrages : le taux de remplissage atteint 31,6 % au 1er décembre",
        dateline=dl("Tunis", "2025-12-02"),
        organisations=[org("Observatoire national de l’agriculture", "ONAGRI"),
                       org("ministère de l’Agriculture, des Ressources hydrauliques et de la Pêche maritime"),
                       org("Société nationale d’exploitation et de distribution des eaux", "SONEDE")],
        places=[place("Tunis"), place("Jendouba"), place("Béja"), place("Sidi Salem"), place("Cap Bon"),
                place("Grand Tunis"), place("Sahel"), place("Kairouan"), place("Mellègue"), place("Sfax"), place("Zarat"),
                place("Gabès")],
        figures=[
            fig("31,6 %", 31.6, "%", "percent"),
            fig("1er décembre", "--12-01", None, "date"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("741,3 millions de mètres cubes", 741300000, "mètres cubes", "other"),
            fig("28,4 %", 28.4, "%", "percent"),
            fig("86 millimètres", 86, "millimètres", "other"),
            fig("64 millimètres", 64, "millimètres", "other"),
            fig("118 millions de mètres cubes", 118000000, "mètres cubes", "other"),
            fig("deux semaines", 2, "semaines", "duration"),
            fig("24 %", 24, "%", "percent"),
            fig("15 %", 15, "%", "percent"),
            fig("31 mars 2026", "2026-03-31", None, "date"),
            fig("2025", 2025, None, "year"),
            fig("2026", 2026, None, "year"),
            fig("1 100 millions de dinars", 1100000000, "dinars", "money", currency="TND"),
            fig("24 000 hectares", 24000, "hectares", "other"),
            fig("jusqu’à 60 %", 60, "%", "percent", qualifier="jusqu’à"),
            fig("1,8 mètre", 1.8, "mètre", "other"),
            fig("deux ans", 2, "ans", "duration"),
            fig("320 puits", 320, "puits"),
            fig("le 31 décembre", "--12-31", None, "date"),
            fig("six ans", 6, "ans", "duration"),
            fig("juin 2026", 2026, None, "year"),
            fig("100 000 mètres cubes", 100000, "mètres cubes", "other"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes="A Tunisian ministry's communiqué (a real ministry's name with invented facts) on an old Joomla site: "
              "state line and ministry name, a '::' menu, a breadcrumb, the article-info line under the title "
              "(publication date, view count, print/send links) and the bottom ('< Précédent Suivant >', footer with "
              "address, 1002 postcode, phone and fax, visitor counter, CMS credit) are boilerplate (tag "
              "'cms-footer'; their numbers are neither figures nor phones). The body is hard-wrapped at about 70 "
              "columns (joined) and every ’ of the body is dropped ('sélevaient', 'lan dernier', 'lAgriculture', "
              "'jusquau', 'jusquà', 'nest'), restored; the title has none. The wrap splits '1 100 millions de "
              "dinars' as '1' / '100 millions' (joined). The title's '31,6 %' and the body's are one text; the "
              "title's 'au 1er décembre' gives '1er décembre' (--12-01, the 'au' out). 'contre 28,4 % à la même "
              "date de l’an dernier': a percent, the rest not a figure. 'deuxième quinzaine' an ordinal word; 'en "
              "deux semaines' a duration. 'la campagne agricole 2025-2026' is a season: two year figures '2025' and "
              "'2026'; 'en juin 2026' the month-year; 'au premier trimestre 2026' gives '2026' (one text with the "
              "season's). 'jusqu’au 31 mars 2026': the date without 'jusqu’au'. 'par jour' stays out of '100 000 "
              "mètres cubes'; 'depuis juillet' is not a figure. 'sous la barre des 15 %' keeps '15 %' (no "
              "qualifier). 'a baissé de 1,8 mètre en deux ans': a measure and a duration; 'avant le 31 décembre' "
              "gives 'le 31 décembre' (--12-31); 'le commissariat régional au développement agricole' is generic. Dams are listed by the place they are named after ('Sidi Salem', 'Mellègue', h248-h263 "
              "plant rule); 'le gouvernorat de Gabès' gives 'Gabès'; 'Grand Tunis', 'Cap Bon' and 'Sahel' (the "
              "Tunisian coastal region) are places with iso null. The ONAGRI and the SONEDE (real bodies) are listed "
              "with their acronyms; the ministry (named as the publisher of the data) is listed under its full name "
              "as the body writes it (the site name line is chrome); 'le ministre' is a role. No contact.",
    ),
))

# --------------------------------------------------------------------------- h370 Algerian daily reprinting an APS dispatch: Hijri date line, ticker, kicker, byline, in-body 'Lire aussi', unaccented capitals, space before a comma, comments
PAGES.append(Page(
    name="h370-el-bahia-info-aps-oran-dessalement-cap-blanc",
    meta={"site": "www.elbahia-info.example.dz", "style": "algerian-daily-agency-reprint",
          "defects": ["date-widget", "menu", "ticker", "read-more", "comments-widget", "share-lines",
                      "unaccented-capitals", "space-before-comma", "stripped-accents"]},
    blocks=[
        B("""Mercredi 3 décembre 2025 – 12 Joumada al-Akhira 1447
El Bahia Info – le quotidien de l’Ouest algérien
Accueil | Actualité | Régions | Économie | Sports | Culture | Contributions | Annonces
À LA UNE ▸ Mostaganem : 600 logements sociaux distribués · Football : le MCO accroché à domicile · Tiaret : la saison des labours prolongée
RÉGIONS"""),
        P("Oran : la station de dessalement de Cap Blanc entre en production"),
        B("Par APS | Publié le 03-12-2025 à 10:15 | 2 commentaires"),
        P("Oran, 3 déc. 2025 (APS) – La station de dessalement d’eau de mer de Cap Blanc, à l’ouest d’Oran, est "
          "entrée en production mardi avec un premier volume de 150 000 mètres cubes par jour, a annoncé le directeur "
          "de l’unité d’Oran de l’Algérienne des eaux (ADE), précisant que la capacité nominale de 300 000 mètres "
          "cubes sera atteinte d’ici la fin du mois de janvier."),
        P("Réalisée en 26 mois pour un coût de 48,7 milliards de dinars, la station couvrira à terme les besoins de "
          "près de 1,3 million d’habitants des communes d’Oran, d’Es Senia, de Bir El Djir et d’Aïn El Turck. Selon "
          "l’ADE, la part de l’eau dessalée dans l’alimentation de la wilaya passera de 42 % à 68 %, ce qui "
          "permettra de réduire les prélèvements sur le barrage de Gargar et sur les nappes de la plaine de la "
          "M’leta."),
        B("Lire aussi : Tlemcen : la station de Honaïne à l’arrêt pour maintenance jusqu’au 15 décembre"),
        P("[[A||À]] l’occasion de la mise en service, le wali d’Oran a indiqué que la distribution quotidienne de "
          "l’eau serait rétablie dans 47 quartiers qui n’étaient alimentés que tous les deux jours depuis l’été "
          "2024. « Les coupures de l’été dernier ne se reproduiront plus », a-t-il assuré[[ ,||,]] devant la "
          "presse."),
        P("Le programme national de dessalement prévoit la mise en service de cinq autres stations de 300 000 mètres "
          "cubes par jour d’ici 2027, à Tipaza, Béjaïa, El Tarf, Boumerdès et Tlemcen, pour porter la production "
          "nationale d’eau dessalée à 3,7 millions de mètres cubes par jour. L’[[Etat||État]] a mobilisé à cet effet "
          "une enveloppe de 2,4 milliards de dollars, selon le ministère de l’Hydraulique."),
        P("Le chantier a mobilisé jusqu’à 1 100 ouvriers, dont 70 % recrutés dans la wilaya, selon la même source. "
          "L’eau produite, après reminéralisation, est acheminée vers le réservoir du Djebel Murdjadjo par une "
          "conduite de 28 kilomètres, d’où elle est distribuée aux quartiers du centre-ville et de l’est "
          "d’Oran."),
        P("La station de Cap Blanc emploie 140 agents, dont 95 techniciens formés à Arzew, et sa consommation "
          "électrique est assurée en partie par une centrale solaire de 20 mégawatts construite sur le site.",
          strip=True),
        B("""Partager : Facebook | X | WhatsApp | Imprimer
2 commentaires
Karim O. – 03/12/2025 à 11:02
Enfin ! À Bir El Djir on attendait ça depuis des années. Espérons que ça dure.
Nassima B. – 03/12/2025 à 11:40
Et pour Arzew ? Toujours des coupures la nuit chez nous.
Laisser un commentaire
Votre nom *
Votre e-mail (ne sera pas publié) *
Publier
El Bahia Info – 14, boulevard de la Soummam, Oran 31000 – Rédaction : redaction@elbahia-info.example.dz
© 2025 El Bahia Info – Reproduction interdite sans autorisation"""),
    ],
    gold=dict(
        title="Oran : la station de dessalement de Cap Blanc entre en production",
        dateline=dl("Oran", "2025-12-03"),
        organisations=[org(None, "APS"), org("Algérienne des eaux", "ADE"), org("ministère de l’Hydraulique")],
        places=[place("Oran"), place("Cap Blanc"), place("Es Senia"), place("Bir El Djir"), place("Aïn El Turck"),
                place("Gargar"), place("M’leta"), place("Tipaza"), place("Béjaïa"), place("El Tarf"),
                place("Boumerdès"), place("Tlemcen"), place("Djebel Murdjadjo"), place("Arzew")],
        figures=[
            fig("3 déc. 2025", "2025-12-03", None, "date"),
            fig("150 000 mètres cubes", 150000, "mètres cubes", "other"),
            fig("300 000 mètres cubes", 300000, "mètres cubes", "other"),
            fig("26 mois", 26, "mois", "duration"),
            fig("48,7 milliards de dinars", 48700000000, "dinars", "money", currency="DZD"),
            fig("près de 1,3 million d’habitants", 1300000, "habitants", qualifier="près de"),
            fig("42 %", 42, "%", "percent"),
            fig("68 %", 68, "%", "percent"),
            fig("47 quartiers", 47, "quartiers"),
            fig("deux jours", 2, "jours", "duration"),
            fig("2024", 2024, None, "year"),
            fig("cinq autres stations", 5, "stations"),
            fig("2027", 2027, None, "year"),
            fig("3,7 millions de mètres cubes", 3700000, "mètres cubes", "other"),
            fig("2,4 milliards de dollars", 2400000000, "dollars", "money", currency="USD"),
            fig("jusqu’à 1 100 ouvriers", 1100, "ouvriers", qualifier="jusqu’à"),
            fig("70 %", 70, "%", "percent"),
            fig("28 kilomètres", 28, "kilomètres", "other"),
            fig("140 agents", 140, "agents"),
            fig("95 techniciens", 95, "techniciens"),
            fig("20 mégawatts", 20, "mégawatts", "other"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes="A (made-up) Oran daily reprinting a dispatch of the Algerian news agency APS (a real agency, invented "
              "news). Boilerplate: the Gregorian/Hijri date line (date-widget), the paper's name line, the one-line "
              "menu, the 'À LA UNE ▸' headline ticker (tag 'ticker'), the capital rubric kicker 'RÉGIONS', the byline "
              "line under the title ('Par APS | Publié le ... | 2 commentaires', page metadata), the in-body 'Lire "
              "aussi : ...' line between two paragraphs (read-more, its date not a figure), share line, the two "
              "comments with their author/date lines, the comment form and the footer. The dispatch's dateline "
              "'Oran, 3 déc. 2025 (APS) –' (abbreviated month with year, h339) gives the figure '3 déc. 2025' and "
              "the agency (acronym only; its long form is never written). Unaccented capitals 'A l’occasion', "
              "'L’Etat'; a space before a comma ('assuré , devant'); the last paragraph is "
              "typed without accents ('formes a Arzew', 'electrique est assuree', '20 megawatts construite'), "
              "restored. 'par jour' stays out of the volumes; '300 000 "
              "mètres cubes' (nominal capacity and the five stations') is one text. 'd’ici la fin du mois de "
              "janvier' and 'mardi' are not figures. 'près de 1,3 million d’habitants' a count with its qualifier; "
              "'passera de 42 % à 68 %' two percents; 'tous les deux jours' a duration (as h305's 'toutes les 30 "
              "minutes'); 'depuis l’été 2024' gives '2024' (h292 'l’été 2028'). 'cinq autres stations' a count. "
              "The national water utility is listed as 'Algérienne des eaux' (its name, without the article); the "
              "ministry named as the source is listed; 'le wali d’Oran' a role, 'la wilaya' generic; the station is "
              "named after the cape 'Cap Blanc' (a place, h248-h263 plant rule); communes, the dam 'Gargar' (named "
              "after its site), the plain 'M’leta' and the mountain of the reservoir 'Djebel Murdjadjo' (listed with "
              "its generic word, part of the name) are places. 'dont 95 techniciens' a count with its noun. No "
              "contact.",
    ),
))

# --------------------------------------------------------------------------- h371 Gambia river basin organisation's newsroom: cookie banner, release-number line, a glued subheading, HTML entities in a quote, unaccented 'Etats', two contacts
H371_QUOTE = ("«\u00a0L’arrivée de l’énergie de Kaléta, et bientôt de Sambangalou, à Bissau, c’est la preuve que "
              "l’intégration régionale se construit aussi avec des pylônes et des câbles. Nos quatre États partagent "
              "désormais la même électricité\u00a0», a déclaré le haut-commissaire de l’OMVG, Lamine Baldé Sanha, "
              "lors de la cérémonie de mise sous tension.")
PAGES.append(Page(
    name="h371-omvg-interconnexion-bissau-mise-sous-tension",
    meta={"site": "www.omvg.example.int", "style": "river-basin-organisation-newsroom",
          "defects": ["cookie-banner", "menu", "duplicate-lines", "breadcrumb", "heading-glued", "html-debris",
                      "unaccented-capitals", "share-lines", "postcode-trap"]},
    blocks=[
        B("""Ce site utilise des cookies pour améliorer votre expérience. Tout accepter | Tout refuser | Personnaliser
OMVG – Organisation pour la mise en valeur du fleuve Gambie
Gambie · Guinée · Guinée-Bissau · Sénégal
FR | EN | PT
Accueil
L’Organisation
Programmes
Programmes
Énergie
Ressources en eau
Médias
Médias
Appels d’offres
L’actualité de l’OMVG
Accueil › Médias › Communiqués
Communiqué de presse N° 031/2025 – 02/12/2025"""),
        P("Énergie : le réseau interconnecté de l’OMVG alimente Bissau pour la première fois"),
        P("Dakar, le 2 décembre 2025 – La ville de Bissau a été alimentée pour la première fois, le 29 novembre, par "
          "le réseau interconnecté de l’Organisation pour la mise en valeur du fleuve Gambie (OMVG), grâce à la mise "
          "sous tension du poste de Bissau et de la ligne de 225 kilovolts qui le relie à Mansôa. Près de 60 "
          "mégawatts sont désormais disponibles pour la capitale bissau-guinéenne, dont la demande de pointe est "
          "estimée à 48 mégawatts."),
        P("Une ligne de 1 677 kilomètres dans quatre pays"),
        P("La ligne d’interconnexion de l’OMVG, longue de 1 677 kilomètres, relie les réseaux électriques de la "
          "Gambie, de la Guinée, de la Guinée-Bissau et du Sénégal à travers 15 postes de transformation. Avec la "
          "mise en service du poste de Bissau, 13 postes sont désormais sous tension ; les deux postes restants, à "
          "Boké et à Tanaf, doivent l’être d’ici à mars 2026.", glue=True),
        P(ent(H371_QUOTE, "’éèêçàâôîÉ«»\u00a0")),
        P("Le programme Énergie de l’OMVG, d’un coût total de 1,2 milliard de dollars, est financé notamment par la "
          "Banque mondiale, la Banque africaine de développement (BAD), la Banque islamique de développement (BID), "
          "l’Agence française de développement (AFD) et la Banque européenne d’investissement (BEI). Le barrage "
          "hydroélectrique de Sambangalou, d’une capacité de 128 mégawatts, doit entrer en service en 2027."),
        P("Pour les [[Etats||États]] membres, l’interconnexion doit permettre de faire baisser le coût moyen de "
          "production de l’électricité de 0,21 à 0,12 dollar le kilowattheure et de porter le taux d’accès à "
          "l’électricité de 38 % à 60 % dans la zone d’ici 2030, en remplaçant une partie des centrales thermiques au "
          "fioul."),
        P("Les ministres de l’Énergie des quatre pays, qui se réuniront le 18 décembre à Banjul, examineront le "
          "budget 2026 de l’organisation et le calendrier de mise en service des derniers ouvrages."),
        L("""Contacts presse :
Cellule de communication de l’OMVG (Dakar) : Fatou Binetou Ndiaye – +221 33 869 42 10 – communication@omvg.example.int
Direction de l’énergie (Bissau) : Aladje Baldé – +245 95 547 12 83"""),
        B("""Partager : Facebook · LinkedIn · X · Courriel
Découvrir
Le projet Énergie de l’OMVG en 10 chiffres ›
Dans la même rubrique
Sambangalou : le bétonnage du barrage achevé à 74 % (14/11/2025)
Ressources en eau : l’OMVG lance l’atlas du bassin du Koliba-Corubal (30/10/2025)
OMVG – Haut-Commissariat – 13, passage Leblanc – BP 2353 Dakar – Tél. : +221 33 822 31 59
© 2025 OMVG – Mentions légales – Plan du site"""),
    ],
    gold=dict(
        title="Énergie : le réseau interconnecté de l’OMVG alimente Bissau pour la première fois",
        dateline=dl("Dakar", "2025-12-02"),
        organisations=[org("Organisation pour la mise en valeur du fleuve Gambie", "OMVG"),
                       org("Banque mondiale"), org("Banque africaine de développement", "BAD"),
                       org("Banque islamique de développement", "BID"),
                       org("Agence française de développement", "AFD"),
                       org("Banque européenne d’investissement", "BEI")],
        places=[place("Bissau"), place("Dakar"), place("Mansôa"), place("Gambie", "GM"), place("Guinée", "GN"),
                place("Guinée-Bissau", "GW"), place("Sénégal", "SN"), place("Boké"), place("Tanaf"),
                place("Kaléta"), place("Sambangalou"), place("Banjul")],
        figures=[
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("le 29 novembre", "--11-29", None, "date"),
            fig("225 kilovolts", 225, "kilovolts", "other"),
            fig("Près de 60 mégawatts", 60, "mégawatts", "other", qualifier="Près de"),
            fig("48 mégawatts", 48, "mégawatts", "other"),
            fig("1 677 kilomètres", 1677, "kilomètres", "other"),
            fig("quatre pays", 4, "pays"),
            fig("15 postes", 15, "postes"),
            fig("13 postes", 13, "postes"),
            fig("deux postes", 2, "postes"),
            fig("mars 2026", 2026, None, "year"),
            fig("quatre États", 4, "États"),
            fig("1,2 milliard de dollars", 1200000000, "dollars", "money", currency="USD"),
            fig("128 mégawatts", 128, "mégawatts", "other"),
            fig("en 2027", 2027, None, "year"),
            fig("0,21", 0.21, None, "money", currency="USD"),
            fig("0,12 dollar", 0.12, "dollar", "money", currency="USD"),
            fig("38 %", 38, "%", "percent"),
            fig("60 %", 60, "%", "percent"),
            fig("2030", 2030, None, "year"),
            fig("le 18 décembre", "--12-18", None, "date"),
            fig("2026", 2026, None, "year"),
        ],
        phones=[phone("+221338694210"), phone("+245955471283")],
        emails=["communication@omvg.example.int"],
        contacts=[contact("Fatou Binetou Ndiaye", None, "Cellule de communication de l’OMVG", ["+221338694210"],
                          ["communication@omvg.example.int"]),
                  contact("Aladje Baldé", None, "Direction de l’énergie", ["+245955471283"], [])],
        notes="The Gambia river basin organisation (OMVG, a real body, with invented facts and people) in its Dakar "
              "newsroom. Boilerplate: the cookie banner at the top, site name, member-countries line, FR/EN/PT line, "
              "vertical menu with doubled 'Programmes' and 'Médias', the 'L’actualité de l’OMVG' banner line, "
              "breadcrumb, the release-number line above the title (h184-h199; 'N° 031/2025' not a figure); at the "
              "bottom share line, a 'Découvrir' promo line (its '10 chiffres' chrome), related headlines, footer "
              "with BP box and switchboard, copyright. The subheading is glued to the paragraph after it "
              "('paysLa ligne'); its '1 677 kilomètres' and the body's are one text. The director's quote is in HTML "
              "entities ('&laquo;&nbsp;', '&rsquo;', '&eacute;'), decoded (the no-break spaces inside « » kept as "
              "U+00A0). 'Etats membres' is an unaccented capital. The plants' and dams' names give places "
              "('Kaléta', 'Sambangalou', h248-h263); 'bissau-guinéenne' is an adjective. 'de 0,21 à 0,12 dollar le "
              "kilowattheure': first bound '0,21' (money, unit null, USD) and '0,12 dollar' ('le kilowattheure' "
              "out, as a per-unit price). 'de 38 % à 60 %' two percents; 'd’ici 2030' gives '2030'; 'le budget 2026' "
              "gives '2026' (a budget's year). 'les deux postes restants' a count. 'première fois' not a figure. "
              "'Les ministres de l’Énergie des quatre pays' are roles ('quatre pays' already listed). Contacts: two "
              "office lines with the city in brackets (organisation as written without the city, h200-h215; Dakar "
              "and Bissau places), each with a person, a Dakar landline with an address, and a Bissau mobile with "
              "its code (+245).",
    ),
))

# --------------------------------------------------------------------------- h372 Belgian NGO's WordPress release on Burkina Faso: <p> and entities, &nbsp; in a number, a hidden e-mail, donation block, signature, two contacts
PAGES.append(Page(
    name="h372-graines-espoir-burkina-centre-nord-semences",
    meta={"site": "www.graines-espoir.example.be", "style": "ngo-wordpress-release",
          "defects": ["html-debris", "hidden-email", "menu", "duplicate-lines", "donation-block", "share-lines",
                      "comments-widget", "postcode-trap"]},
    blocks=[
        B("""Graines d’espoir asbl
Semer aujourd’hui, récolter demain
Accueil
Qui sommes-nous ?
Nos projets
Nos projets
Burkina Faso
Niger
Actualités
Faire un don
Actualités / Burkina Faso
1 décembre 2025 · Équipe communication · Aucun commentaire"""),
        P("Burkina Faso : 3 200 familles déplacées du Centre-Nord reçoivent des semences pour la saison sèche"),
        P("[[<p><strong>||]]Namur, le 1er décembre 2025[[</strong>||]] – L’ONG namuroise Graines d’espoir a distribué "
          "depuis le 10 novembre des semences maraîchères et des outils à 3 200 familles déplacées installées dans "
          "les communes de Kaya et de Barsalogho, dans la région du Centre-Nord du Burkina Faso. Chaque famille a "
          "reçu un kit de 2,5 kilos de semences d’oignon, de tomate et de chou, un arrosoir et une daba, de quoi "
          "cultiver environ 500 mètres carrés pendant la saison sèche.[[</p>||]]"),
        P("[[<p>||]]Le Centre-Nord accueille à lui seul près de 620[[&nbsp;||\u00a0]]000 personnes déplacées internes, "
          "soit environ un tiers des déplacés du pays, selon les chiffres du Conseil national de secours d’urgence et "
          "de réhabilitation (CONASUR). Dans les sites d’accueil de Kaya, les familles disposent rarement de plus de "
          "deux repas par jour, et les prix des légumes ont doublé en un an.[[</p>||]]"),
        P("[[<p>&laquo;&nbsp;||«\u00a0]]Nous avons quitté nos champs il y a trois ans. Avec ces semences, mes enfants "
          "mangeront des légumes et je vendrai le surplus au marché de Kaya[[&nbsp;&raquo;||\u00a0»]], raconte Awa "
          "Sawadogo, mère de six enfants, originaire de Dablo.[[</p>||]]"),
        P("[[<p>||]]Le projet, d’un budget de 385 000 euros sur deux ans, est cofinancé par la Direction générale "
          "Coopération au développement et Aide humanitaire (DGD) du gouvernement fédéral belge et par la Wallonie. "
          "Il prévoit aussi le fonçage de 12 puits maraîchers et la formation de 160 producteurs au compostage et à "
          "l’irrigation goutte-à-goutte, avec l’appui de l’Institut de l’environnement et de recherches agricoles "
          "(INERA).[[</p>||]]"),
        P("[[<p>||]]Les premières récoltes sont attendues fin janvier 2026. Graines d’espoir, qui travaille au "
          "Burkina Faso depuis 2008 avec son partenaire local, l’Association pour le développement rural du "
          "Sanmatenga (ADRS), espère étendre le programme à 2 000 familles supplémentaires de la province du Bam si "
          "les financements le permettent.[[</p>||]]"),
        P("[[<p><em>||]]Anne-Sophie Lambotte, directrice de Graines d’espoir[[</em></p>||]]"),
        L("""[[<p><strong>||]]Contacts presse[[</strong><br />||]]
À Namur : Julien Delvaux, chargé de communication – +32 81 22 45 90 – GSM 0475 61 38 02 – [email protected][[<br />||]]
À Ouagadougou : Salif Ouédraogo, coordinateur pays – +226 25 36 41 18 / 70 41 55 93 – s.ouedraogo@graines-espoir.example.be[[</p>||]]"""),
        B("""Faites un don : 40 € = un kit de semences et d’outils pour une famille déplacée. Je fais un don
Compte BE71 0961 2345 6769 – communication « Semences Burkina » – déductible fiscalement dès 40 € par an
Partager : Facebook · LinkedIn · WhatsApp · E-mail
Laisser un commentaire
Vous devez être connecté pour publier un commentaire.
Graines d’espoir asbl – rue des Brasseurs 118 – 5000 Namur – BCE 0467.281.339
© 2025 Graines d’espoir – Thème WordPress par Flavor Studio"""),
    ],
    gold=dict(
        title="Burkina Faso : 3 200 familles déplacées du Centre-Nord reçoivent des semences pour la saison sèche",
        dateline=dl("Namur", "2025-12-01"),
        organisations=[org("Graines d’espoir"),
                       org("Conseil national de secours d’urgence et de réhabilitation", "CONASUR"),
                       org("Direction générale Coopération au développement et Aide humanitaire", "DGD"),
                       org("Institut de l’environnement et de recherches agricoles", "INERA"),
                       org("Association pour le développement rural du Sanmatenga", "ADRS")],
        places=[place("Burkina Faso", "BF"), place("Centre-Nord"), place("Namur"), place("Kaya"),
                place("Barsalogho"), place("Dablo"), place("Wallonie"), place("Bam"), place("Ouagadougou")],
        figures=[
            fig("3 200 familles", 3200, "familles"),
            fig("le 1er décembre 2025", "2025-12-01", None, "date"),
            fig("le 10 novembre", "--11-10", None, "date"),
            fig("2,5 kilos", 2.5, "kilos", "other"),
            fig("environ 500 mètres carrés", 500, "mètres carrés", "other", qualifier="environ"),
            fig("près de 620\u00a0000 personnes", 620000, "personnes", qualifier="près de"),
            fig("environ un tiers", 0.3333, None, "other", qualifier="environ"),
            fig("plus de deux repas", 2, "repas", qualifier="plus de"),
            fig("il y a trois ans", 3, "ans", "duration"),
            fig("six enfants", 6, "enfants"),
            fig("385 000 euros", 385000, "euros", "money", currency="EUR"),
            fig("deux ans", 2, "ans", "duration"),
            fig("12 puits", 12, "puits"),
            fig("160 producteurs", 160, "producteurs"),
            fig("janvier 2026", 2026, None, "year"),
            fig("2008", 2008, None, "year"),
            fig("2 000 familles", 2000, "familles"),
        ],
        phones=[phone("+3281224590"), phone("+32475613802"), phone("+22625364118"), phone("+22670415593")],
        emails=["s.ouedraogo@graines-espoir.example.be"],
        hidden_emails=1,
        contacts=[contact("Julien Delvaux", "chargé de communication", None, ["+3281224590", "+32475613802"], []),
                  contact("Salif Ouédraogo", "coordinateur pays", None, ["+22625364118", "+22670415593"],
                          ["s.ouedraogo@graines-espoir.example.be"])],
        notes="A (made-up) Namur NGO's WordPress release on Burkina Faso. Boilerplate: the site name and slogan, a "
              "vertical menu with doubled 'Nos projets', the category trail, the WordPress meta line under the menu "
              "(date, author, 'Aucun commentaire'); at the bottom the donation block (its '40 €' and IBAN are "
              "chrome), share line, the comment prompt, footer with 5000 postcode and BCE number, theme credit. The "
              "body keeps its HTML: '<p>', '<strong>', '<em>', '</p>', '<br />', '&laquo;&nbsp;', '&nbsp;&raquo;' and "
              "'620&nbsp;000' (the no-break space kept as U+00A0 in the clean text and in the figure text); the "
              "contact block's three raw lines stay three clean lines, the e-mail of the first hidden behind the "
              "e-mail-protection text (counted). The title's '3 200 familles' and the body's are one text. 'plus de "
              "deux repas par jour': a count with its qualifier, 'par jour' out; 'ont doublé en un an' not a figure; "
              "'il y a trois ans' a duration, its text with 'il y a' (as the corpus's 'Il y a huit ans', h301-h311); 'fin janvier 2026' the month-year; 'depuis 2008' "
              "'2008'. 'environ un tiers' a fraction. The DGD is listed under its long form and acronym without 'du "
              "gouvernement fédéral belge' (the directorate has its own acronym, so the nested-name rule does not "
              "swallow it, h104-h119 CPM/BEAC; 'gouvernement fédéral belge' with its adjective is generic, as "
              "h152-h167's 'gouvernement guinéen'); the dateline sits inside '<strong>' (h104-h119); 'la Wallonie' cofinancing "
              "is a place (h152-h167), not its government. 'Sanmatenga' stands only inside the partner's name (not "
              "listed); 'la province du Bam' gives 'Bam'. The signature line is article text, not a contact. "
              "Contacts: two lines with place labels ('À Namur :', 'À Ouagadougou :', places giving the numbers' "
              "countries), person and role, organisation null; a Namur landline with its code and a Belgian mobile "
              "written '0475 ...' after 'GSM' (+32); a Ouagadougou landline and a mobile after '/' without code "
              "(+226).",
    ),
))

# --------------------------------------------------------------------------- h373 migration agency in Morocco in the seed's shape: fixed menu with bare '-', doubled labels, glued label+blurb, ~60-column wraps, straight apostrophes, œ dropped, 'Oujda -', seed contact block with mailto debris
PAGES.append(Page(
    name="h373-oim-maroc-oriental-retour-volontaire",
    meta={"site": "maroc.migration-oim.example.org", "style": "migration-agency-country-site-seed-menu",
          "defects": ["menu", "duplicate-lines", "heading-glued", "hard-wrap", "lost-oe", "html-debris"]},
    wrap=62, jitter=14,
    blocks=[
        B("""-
Qui sommes-nous
Qui sommes-nousL'OIM au Maroc accompagne depuis 2007 les autorités et la société civile dans la gestion des migrations, la protection des personnes vulnérables et l'aide au retour volontaire.
Notre mandat
Notre mandat
- Chef de mission
- Structure du bureau
- Bureaux régionaux
- Partenaires
-
Nos programmes
Nos programmesDans le Royaume, l'OIM met en oeuvre des programmes d'assistance, de protection, de santé et de migration de main-d'oeuvre avec les ministères et les organisations de la société civile.
Protection et assistance
Protection et assistance
- Retour volontaire et réintégration
- Santé des migrants
- Migration de travail
-
Médias
Médias
Nous rejoindre
Nous rejoindre
- Offres d'emploi
- Stages
- Données et publications"""),
        P("Près de 1 900 migrants ont bénéficié d'un retour volontaire depuis l'Oriental en 2025", nowrap=True),
        P("Oujda - L'Organisation internationale pour les migrations (OIM) a organisé depuis janvier le retour "
          "volontaire de 1 872 migrants bloqués dans la région de l'Oriental vers leur pays d'origine, "
          "principalement la Guinée, le Mali, la Côte d'Ivoire et le Sénégal, a-t-elle annoncé cette semaine lors "
          "d'une réunion de coordination avec les autorités locales à Oujda."),
        P("Financé par l'Union européenne et mis en œuvre avec le ministère de l'Intérieur et l'Entraide nationale, "
          "le programme d'aide au retour prévoit un accompagnement à la réintégration de chaque personne rentrée : "
          "1 200 d'entre elles ont déjà reçu une aide de 1 500 euros en moyenne pour créer une petite activité, "
          "suivre une formation ou reprendre des études.", oe="drop"),
        P("Parmi les personnes rentrées figurent 214 mineurs non accompagnés et 389 femmes, dont 61 étaient "
          "enceintes au moment de leur départ. Avant le voyage, chacune a bénéficié d'un examen médical et d'un "
          "soutien psychosocial dans le centre d'accueil de l'OIM à Oujda, qui peut héberger 120 personnes."),
        P("« Beaucoup de ces jeunes ont passé des mois dans la forêt près de la frontière, dans des conditions très "
          "dures. Le retour n'est pas un échec quand il est choisi et préparé », explique Hanane Bouziane, chargée "
          "de programme à l'OIM Oujda."),
        P("L'OIM rappelle que le retour volontaire reste une option parmi d'autres : en 2025, plus de 3 400 migrants "
          "ont aussi reçu une assistance médicale ou humanitaire dans l'Oriental, et 640 ont été orientés vers des "
          "dispositifs de régularisation ou de formation professionnelle au Maroc."),
        P("Dans l'Oriental, l'OIM a aussi distribué depuis juin 2 600 kits d'hygiène et 1 150 couvertures aux "
          "migrants hébergés dans les centres gérés avec des associations locales, à l'approche de l'hiver : les "
          "températures peuvent descendre sous 0 °C la nuit à Figuig et à Bouarfa."),
        P("Présente au Maroc depuis 2007, l'OIM y compte aujourd'hui 85 collaborateurs répartis entre Rabat, Oujda, "
          "Tanger et Agadir."),
        L("""Pour plus d'informations, veuillez contacter:
Yassine El Amrani
OIM Rabat
Tél. : +212 5 37 76 54 12 Ext. 214
Mobile : +212 6 61 47 82 03
E-mail :
[["mailto:yelamrani@iom.int">yelamrani@iom.int||yelamrani@iom.int]]"""),
    ],
    gold=dict(
        title="Près de 1 900 migrants ont bénéficié d'un retour volontaire depuis l'Oriental en 2025",
        dateline=dl("Oujda", None),
        organisations=[org("Organisation internationale pour les migrations", "OIM"), org("Union européenne"),
                       org("ministère de l'Intérieur"), org("Entraide nationale")],
        places=[place("Oriental"), place("Oujda"), place("Guinée", "GN"), place("Mali", "ML"),
                place("Côte d'Ivoire", "CI"), place("Sénégal", "SN"), place("Maroc", "MA"), place("Figuig"),
                place("Bouarfa"), place("Rabat"), place("Tanger"), place("Agadir")],
        figures=[
            fig("Près de 1 900 migrants", 1900, "migrants", qualifier="Près de"),
            fig("en 2025", 2025, None, "year"),
            fig("1 872 migrants", 1872, "migrants"),
            fig("1 200", 1200, None),
            fig("1 500 euros", 1500, "euros", "money", currency="EUR"),
            fig("214 mineurs", 214, "mineurs"),
            fig("389 femmes", 389, "femmes"),
            fig("61", 61, None),
            fig("120 personnes", 120, "personnes"),
            fig("plus de 3 400 migrants", 3400, "migrants", qualifier="plus de"),
            fig("640", 640, None),
            fig("2 600 kits", 2600, "kits"),
            fig("1 150 couvertures", 1150, "couvertures"),
            fig("0 °C", 0, "°C", "other"),
            fig("2007", 2007, None, "year"),
            fig("85 collaborateurs", 85, "collaborateurs"),
        ],
        phones=[phone("+212537765412", extension="214"), phone("+212661478203")],
        emails=["yelamrani@iom.int"],
        contacts=[contact("Yassine El Amrani", None, "OIM Rabat", ["+212537765412", "+212661478203"],
                          ["yelamrani@iom.int"])],
        notes="The UN migration agency's Morocco site (invented news, people and numbers) in the seed's shape, the "
              "survey's most frequent page: a fixed menu above the article with bare '-' lines, doubled labels, '- "
              "label' items and two labels glued to their blurb ('Qui sommes-nousL'OIM ...', 'Nos "
              "programmesDans ...'), all boilerplate (its '2007' is chrome); the article is hard-wrapped at about "
              "50-62 columns like the seed (joined; the title is one line; the wrap splits '1 500 euros' as '1' / '500 euros'), writes straight apostrophes (kept) and "
              "drops the œ ('mis en uvre'); the contact block follows the seed (label line, person, office label, "
              "'Tél.' with 'Ext.', a mobile, 'E-mail :' then the mailto debris, reduced to the bare address on its "
              "own line). Dateline 'Oujda -' (a town with a hyphen and no date, h312-h327 'Obock -'): date null. "
              "The title's 'Près de 1 900 migrants' and the body's '1 872 migrants' are two figures; 'en 2025' "
              "(title and body) one text; '1 200 d'entre elles' and 'dont 61 étaient enceintes' counts without "
              "noun; '1 500 euros en moyenne' money ('en moyenne' is not a qualifier); 'et 640 ont été orientés' a "
              "count without noun; 'depuis 2007' gives '2007'; 'sous 0 °C' a measure '0 °C' (h88-h103). 'depuis janvier', 'cette semaine', 'des mois' are not "
              "figures. Places as the text writes them ('Côte d'Ivoire' with its straight apostrophe); 'la région "
              "de l'Oriental' gives 'Oriental'. The ministry and the Entraide nationale (a Moroccan public body) "
              "co-implement the programme and are listed (h312-h327); 'les autorités locales' generic. The office "
              "label 'OIM Oujda' in the body names the listed OIM. Contact: person, office label 'OIM Rabat' (the "
              "listed OIM, README), a Rabat landline with 'Ext. 214' and a Moroccan mobile, the address from the "
              "mailto debris.",
    ),
))

# --------------------------------------------------------------------------- h374 Luxembourg development cooperation on Laos, browser print view: print header/footer twice, a page break inside a paragraph, a double space
H374_TITLE = "Le Luxembourg et le Laos signent un programme de coopération de 48 millions d’euros pour 2026-2030"
H374_HEAD = "02/12/2025 15:42" + " " * 20 + H374_TITLE + " – Coopération luxembourgeoise"
H374_URL = ("https://cooperation.gouvernement.example.lu/fr/actualites/2025/12/laos-programme-indicatif.html"
            + " " * 10)
H374_P4A = ("Dans le domaine de la formation professionnelle, 12 écoles techniques seront rénovées et 7 500 jeunes, "
            "dont au moins 40 % de jeunes femmes, bénéficieront d’une formation qualifiante")
H374_P4B = ("dans les métiers de l’hôtellerie, de la construction et de la mécanique agricole. Un fonds de 2,5 "
            "millions d’euros soutiendra par ailleurs l’installation des diplômés comme artisans ou petits "
            "entrepreneurs.")
PAGES.append(Page(
    name="h374-cooperation-luxembourg-laos-programme-indicatif-print",
    meta={"site": "cooperation.gouvernement.example.lu", "style": "development-cooperation-browser-print-view",
          "defects": ["print-furniture", "breadcrumb", "double-space"]},
    blocks=[
        B(H374_HEAD + "\n"
          "Le gouvernement luxembourgeois – Coopération au développement et action humanitaire\n"
          "Accueil › Actualités › 2025\n"
          "Communiqué · Publié le 02.12.2025"),
        P(H374_TITLE),
        P("Luxembourg, le 2 décembre 2025 – Le ministre de la Coopération et de l’Action humanitaire et le "
          "vice-ministre laotien des Affaires étrangères ont signé lundi à Vientiane le sixième programme indicatif "
          "de coopération entre le Luxembourg et la République démocratique populaire lao, doté de 48 millions "
          "d’euros pour la période 2026-2030."),
        P("Le programme se concentrera sur trois secteurs : la santé maternelle et infantile, la formation "
          "professionnelle des jeunes et le développement local dans les provinces de Bokeo et de Bolikhamxay. Il "
          "sera mis en œuvre principalement par LuxDev, l’agence luxembourgeoise pour la coopération au "
          "développement, en lien avec les ministères laotiens de la Santé et de l’Éducation."),
        P(dbl("Depuis 2016, la coopération luxembourgeoise a contribué à former plus de 3 400 sages-femmes et "
              "infirmières et à équiper 96 centres de santé dans les provinces du nord. La part des accouchements "
              "assistés par un personnel qualifié y est passée de 42 % à 71 %.", ("nord.",))),
        X(H374_P4A, H374_P4A + " " + H374_P4B),
        B(H374_URL + "1/2\n" + H374_HEAD),
        X(H374_P4B, ""),
        P("Le programme réserve en outre 6 millions d’euros à l’accès à l’eau potable et à l’assainissement dans 140 "
          "villages de la province de Bokeo, où moins de la moitié des ménages disposent aujourd’hui de "
          "latrines."),
        P("« Le Laos est l’un de nos partenaires les plus anciens en Asie. Ce nouveau programme mise sur les jeunes, "
          "qui représentent plus de la moitié de la population », a souligné le ministre à l’issue de la "
          "signature."),
        P("Le Luxembourg a consacré 1 % de son revenu national brut à l’aide publique au développement en 2024, soit "
          "531 millions d’euros. Le Laos figure parmi ses sept pays partenaires privilégiés, avec le Burkina Faso, "
          "le Cabo Verde, le Mali, le Niger, le Rwanda et le Sénégal."),
        L("""Contact presse :
Service de presse du ministère des Affaires étrangères et européennes
Tél. : (+352) 247-82315
presse.cooperation@mae.example.lu"""),
        B(H374_URL + "2/2"),
    ],
    gold=dict(
        title=H374_TITLE,
        dateline=dl("Luxembourg", "2025-12-02"),
        organisations=[org(None, "LuxDev")],
        places=[place("Luxembourg", "LU"), place("Laos", "LA"), place("Vientiane"),
                place("République démocratique populaire lao", "LA"), place("Bokeo"), place("Bolikhamxay"),
                place("Asie"), place("Burkina Faso", "BF"), place("Cabo Verde", "CV"), place("Mali", "ML"),
                place("Niger", "NE"), place("Rwanda", "RW"), place("Sénégal", "SN")],
        figures=[
            fig("48 millions d’euros", 48000000, "euros", "money", currency="EUR"),
            fig("2026", 2026, None, "year"),
            fig("2030", 2030, None, "year"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("trois secteurs", 3, "secteurs"),
            fig("2016", 2016, None, "year"),
            fig("plus de 3 400 sages-femmes", 3400, "sages-femmes", qualifier="plus de"),
            fig("96 centres", 96, "centres"),
            fig("42 %", 42, "%", "percent"),
            fig("71 %", 71, "%", "percent"),
            fig("12 écoles", 12, "écoles"),
            fig("7 500 jeunes", 7500, "jeunes"),
            fig("au moins 40 %", 40, "%", "percent", qualifier="au moins"),
            fig("2,5 millions d’euros", 2500000, "euros", "money", currency="EUR"),
            fig("6 millions d’euros", 6000000, "euros", "money", currency="EUR"),
            fig("140 villages", 140, "villages"),
            fig("moins de la moitié", 0.5, None, "other", qualifier="moins de"),
            fig("plus de la moitié", 0.5, None, "other", qualifier="plus de"),
            fig("1 %", 1, "%", "percent"),
            fig("en 2024", 2024, None, "year"),
            fig("531 millions d’euros", 531000000, "euros", "money", currency="EUR"),
            fig("sept pays", 7, "pays"),
        ],
        phones=[phone("+35224782315")],
        emails=["presse.cooperation@mae.example.lu"],
        contacts=[contact(None, None, "Service de presse du ministère des Affaires étrangères et européennes",
                          ["+35224782315"], ["presse.cooperation@mae.example.lu"])],
        notes="Luxembourg's development cooperation release on Laos (real institutions' kinds, invented facts) in a "
              "browser's print view: the print header (print date and time, page title with the site's name) "
              "printed at the top and again after the page break, the print footer (URL, '1/2', '2/2'), and the "
              "printed site lines (government line, breadcrumb, type/date line) are boilerplate (tag "
              "'print-furniture', h280-h295). The page break falls inside the fourth paragraph ('formation "
              "qualifiante' / footer / header / 'dans les métiers'): one clean line. One double space between two "
              "sentences. Dateline 'Luxembourg, le 2 décembre 2025 –' (the ministry's seat; the signature took place "
              "in Vientiane): 'Luxembourg' the country and city in one place (LU, h136-h151), listed once. 'pour "
              "2026-2030' (title) and 'pour la période 2026-2030' (body): a programme's period, not part of its "
              "name: two year figures '2026' and '2030' (h337). 'le sixième programme indicatif' an ordinal word. "
              "'la République démocratique populaire lao' (the country's formal name, standing alone) and 'Laos' "
              "are two names of one country, both LA (README distinct names). 'LuxDev, l’agence luxembourgeoise "
              "pour la coopération au développement': the apposition is a description, acronym 'LuxDev' only "
              "(h337 Enabel rule). 'les ministères laotiens de la Santé et de l’Éducation' (two ministries named "
              "together with an adjective) and 'la coopération luxembourgeoise' are generic; 'le ministre ...', "
              "'vice-ministre ...' are roles. 'Depuis 2016' gives '2016'; 'est passée de 42 % à 71 %' two percents; "
              "'plus de la moitié' and 'moins de la moitié' fractions. The seven partner countries are places. Contact: an office block "
              "(the ministry's press service as written, person null, not listed as an organisation, h104-h119), a "
              "number written '(+352) 247-82315' and an address.",
    ),
))

# --------------------------------------------------------------------------- h375 UNICEF in Mauritania: two cp1250 paragraphs among clean ones, a half-repaired word, an English caption, Portuguese ticker
PAGES.append(Page(
    name="h375-unicef-mauritanie-guidimakha-ecoles-eau",
    meta={"site": "www.unicef-mauritanie.example.org", "style": "un-agency-country-release-mixed-mojibake",
          "defects": ["mojibake-cp1250", "english-caption", "menu", "duplicate-lines", "breadcrumb", "share-lines",
                      "foreign-ticker", "cookie-banner"]},
    blocks=[
        B("""Passer au contenu principal
UNICEF – pour chaque enfant
Mauritanie
Français | العربية | English
Ce que nous faisons
Ce que nous faisons
Histoires
Rapports
Communiqués de presse
Communiqués de presse
Faites un don
Accueil › Communiqués de presse
Communiqué de presse | 3 décembre 2025
Partager | Imprimer | Télécharger le PDF"""),
        P("Guidimakha : 140 écoles équipées de points d’eau et de latrines avant la saison sèche"),
        P("Nouakchott, le 3 décembre 2025 – Le Fonds des Nations unies pour l’enfance (UNICEF) et le ministère de "
          "l’Hydraulique et de l’Assainissement ont achevé l’équipement de 140 écoles de la wilaya du Guidimakha en "
          "points d’eau, latrines séparées pour les filles et les garçons et dispositifs de lavage des mains, au "
          "bénéfice de 38 500 élèves."),
        P("Pupils at a school in Sélibaby use a new handwashing station, 25 November 2025. © UNICEF/2025/Diallo"),
        P("Dans cette région frontalière du Mali et du Sénégal, moins d’une école sur trois disposait jusqu’ici d’un "
          "accès à l’eau potable. Les travaux, réalisés en 14 mois, ont inclus le forage de 62 puits équipés de "
          "pompes solaires et la construction de 410 cabines de latrines, dont un tiers adaptées aux élèves en "
          "situation de handicap.", moji="cp1250"),
        P("« Quand une école n’a pas de latrines, ce sont les filles qui la quittent les premières, surtout à "
          "l’adolescence. L’eau et l’hygiène sont une condition de la scolarisation des filles », a déclaré le "
          "représentant de l’UNICEF en Mauritanie, Pedro Almeida Costa, lors d’une visite à Sélibaby."),
        P("Le projet, d’un montant de 3,6 millions de dollars, a été financé par le gouvernement du Japon et par la "
          "Banque africaine de développement. Des comités de gestion formés dans chaque école assurent l’entretien "
          "des installations grâce à une cotisation annuelle de 200 ouguiyas par famille.", moji="cp1250"),
        P("Selon une enquête conduite en octobre par l’UNICEF, le taux d’absentéisme des filles a baissé de 23 % à "
          "9 % dans les 40 premières écoles équipées, et les cas de diarrhée signalés dans la [[rĂ©gion||région]] "
          "ont reculé de près d’un tiers."),
        P("Dans chaque école, un club d’hygiène animé par les élèves a été créé, et 280 enseignants ont été formés à "
          "l’hygiène menstruelle, un sujet encore tabou qui pousse de nombreuses adolescentes à manquer l’école "
          "plusieurs jours par mois."),
        P("L’UNICEF prévoit d’étendre le programme à 160 écoles des wilayas de l’Assaba et du Gorgol en 2026, pour "
          "un coût estimé à 4,1 millions de dollars."),
        L("""Pour plus d’informations :
Mariem Mint Ahmed, UNICEF Nouakchott, +222 45 29 41 17, mmintahmed@unicef.org
Ibrahima Kane, Bureau régional de l’UNICEF (Dakar), +221 77 639 12 84, ikane@unicef.org"""),
        B("""Communiqués similaires
Mauritanie : 52 000 enfants vaccinés contre la polio dans le Hodh El Gharbi (18 novembre 2025)
Nouakchott : l’UNICEF et l’Union européenne lancent un programme de protection de l’enfance (4 novembre 2025)
Notícias ONU ▸ Guiné-Bissau: UNICEF apoia campanha de vacinação · Cabo Verde: novas escolas inclusivas · Moçambique: cheias afetam 12 mil crianças
Ce site utilise des cookies. En poursuivant votre navigation, vous en acceptez l’utilisation. J’accepte
© UNICEF 2025 – Conditions d’utilisation – Politique de confidentialité"""),
    ],
    gold=dict(
        title="Guidimakha : 140 écoles équipées de points d’eau et de latrines avant la saison sèche",
        dateline=dl("Nouakchott", "2025-12-03"),
        organisations=[org("Fonds des Nations unies pour l’enfance", "UNICEF"),
                       org("ministère de l’Hydraulique et de l’Assainissement"), org("gouvernement du Japon"),
                       org("Banque africaine de développement")],
        places=[place("Guidimakha"), place("Nouakchott"), place("Sélibaby"), place("Mali", "ML"),
                place("Sénégal", "SN"), place("Mauritanie", "MR"), place("Assaba"), place("Gorgol"),
                place("Dakar")],
        figures=[
            fig("140 écoles", 140, "écoles"),
            fig("le 3 décembre 2025", "2025-12-03", None, "date"),
            fig("38 500 élèves", 38500, "élèves"),
            fig("25 November 2025", "2025-11-25", None, "date"),
            fig("moins d’une école sur trois", 0.3333, None, "other", qualifier="moins d’"),
            fig("14 mois", 14, "mois", "duration"),
            fig("62 puits", 62, "puits"),
            fig("410 cabines", 410, "cabines"),
            fig("un tiers", 0.3333, None, "other"),
            fig("3,6 millions de dollars", 3600000, "dollars", "money", currency="USD"),
            fig("200 ouguiyas", 200, "ouguiyas", "money", currency="MRU"),
            fig("23 %", 23, "%", "percent"),
            fig("9 %", 9, "%", "percent"),
            fig("40 premières écoles", 40, "écoles"),
            fig("près d’un tiers", 0.3333, None, "other", qualifier="près d’"),
            fig("280 enseignants", 280, "enseignants"),
            fig("160 écoles", 160, "écoles"),
            fig("en 2026", 2026, None, "year"),
            fig("4,1 millions de dollars", 4100000, "dollars", "money", currency="USD"),
        ],
        phones=[phone("+22245294117"), phone("+221776391284")],
        emails=["mmintahmed@unicef.org", "ikane@unicef.org"],
        contacts=[contact("Mariem Mint Ahmed", None, "UNICEF Nouakchott", ["+22245294117"],
                          ["mmintahmed@unicef.org"]),
                  contact("Ibrahima Kane", None, "Bureau régional de l’UNICEF", ["+221776391284"],
                          ["ikane@unicef.org"])],
        notes="The UN children's agency's Mauritania site (invented facts and people). Boilerplate: skip line, site "
              "name, country line, French/Arabic/English line, vertical menu with doubled labels, breadcrumb, the "
              "type/date line and the share/print/PDF line above the title; at the bottom related releases, a "
              "Portuguese 'Notícias ONU ▸' ticker (foreign-ticker), cookie line and copyright. The page mixes clean "
              "paragraphs with two paragraphs that are UTF-8 read as cp1250 ('frontaliĂ¨re', 'dâ€™un', "
              "'rĂ©alisĂ©s'), and one clean paragraph keeps a half-repaired word ('la rĂ©gion'), the survey's "
              "mojibake page mixed with clean lines and earlier wrong repairs: each decoded. The photo caption is in "
              "English (article text; its credit year is not a figure), its date '25 November 2025' a date "
              "figure. The title's '140 écoles' and the body's are one text. 'moins d’une école sur trois' one "
              "figure (0.3333, qualifier 'moins d’', h312-h327); 'dont un tiers adaptées' a fraction; 'réalisés en "
              "14 mois' a duration; '200 ouguiyas' MRU ('par famille' out); 'de 23 % à 9 %' two percents; 'les 40 "
              "premières écoles équipées' a count with the ordinal adjective kept (h312-h327); 'près d’un tiers' a "
              "fraction; 'en octobre' a month alone (not a figure). 'le gouvernement du Japon' (an executive as "
              "funder, h88-h103) is listed and 'Japon' not a place (only inside it); the Banque africaine de "
              "développement without acronym (none written); the ministry (co-implementer) listed; 'comités de "
              "gestion' generic; 'wilaya' regions give 'Guidimakha', 'Assaba', 'Gorgol' (iso null). Contacts: two "
              "lines with person and office label (organisation as written: 'UNICEF Nouakchott' for the listed "
              "UNICEF; the regional office without its city in brackets, Dakar a place), a Nouakchott landline and "
              "a Senegalese mobile with their codes.",
    ),
))
