"""h328-h343: written blind in session 20, scored blind with session 21's starting and ending code, moved into dev in session 22.

The writer read only corpora/README.md (the gold format and conventions, every "Added with ..." paragraph, the site
table and the defect tags), build.py, check_gold.py, two page sources as examples of the API (pages_dev_z.py,
pages_dev_aa.py), the shared survey of real pages (/work/shared/real-pages.md) and its seed page; not src/, tests/,
benchmarks/, notebooks/, docs/, the project README, the Makefile, the notes_*.md files, the other page sources or any
page of dev/ and heldout/. h328-h332 come from one made-up national news agency's site, the Agence camerounaise de
dépêches (ACD) in Yaoundé, Cameroon, sharing its header (skip line, an optional FLASH banner on h328 and h330 only,
FR/EN line, site name and slogan, vertical menu with doubled `Économie` and `Régions`, search line, a markets line
whose prices change on every page, a capital rubric kicker), a slug line and byline under the title, wire initials,
a share line, `Les plus lues` headlines that change, an `ACD Pro` line absent on h331 and a footer: a budget dispatch,
a port-traffic dispatch, a partner's communiqué reprinted with its contact block, an interview and the agency's
`Le fil` listing of four dispatches. h333-h343 come from eleven other sites, one page each: a francophone society in
Vancouver (h333, no defect and no boilerplate), a French mangrove NGO's English release on Sierra Leone under French
chrome (h334), the UN refugee agency's release on Togo (h335), a regional food-security body's PDF dumped as text with
a layout-mode table (h336), a Belgian embassy's release on Rwanda in a browser print view (h337), a Québec NGO's
appeal for eastern Chad on an old CMS (h338), a Burundian news portal reprinting an ABP dispatch (h339), the Central
African regional economic community in Libreville (h340), a migration agency's release on Lampedusa in the seed's
shape (h341), Côte d'Ivoire's national assembly (h342) and an international nutrition NGO in Paris with a contact
list in four countries (h343). Real bodies (UNICEF, HCR, OMS, MSF, PAM, OIM, CILSS, CEDEAO, UEMOA, CEEAC, BAD, BDEAC,
Banque mondiale, Union européenne, Enabel, AFD, FFEM, IRCC, CSF, Affaires mondiales Canada, Fonds mondial, ARTCI,
Conseil du café-cacao, Assemblée nationale de Côte d'Ivoire, ABP) carry invented news, people and numbers; every
other body, every person, host, mailbox and number is made up.
"""
import random

from build import B, L, P, X, Page, contact, dl, fig, org, phone, place, side, wrap

SET = "dev"

PAGES = []

ENT = {"’": "&#8217;", "é": "&eacute;", "è": "&egrave;", "à": "&agrave;", "«": "&laquo;", "»": "&raquo;",
       "\u00a0": "&nbsp;", "–": "&#8211;", "&": "&amp;", "ê": "&ecirc;", "ç": "&ccedil;", "É": "&Eacute;",
       "ô": "&ocirc;", "î": "&icirc;", "œ": "&oelig;", "û": "&ucirc;"}


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


def hy(head: str, tail: str) -> str:
    """PDF hyphenation at a line end: `head-` then a line break, then `tail`."""
    return f"[[{head}-⏎{tail}||{head}{tail}]]"


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


# =========================================================================== ACD, Agence camerounaise de dépêches (Yaoundé)
ACD_SITE = "www.acd-cameroun.example.cm"


def acd_top(rubric, markets, banner=None):
    lines = ["Aller au contenu"]
    if banner:
        lines.append(banner)
    lines += ["FR | EN",
              "ACD – Agence camerounaise de dépêches",
              "L’information du Cameroun, vérifiée, en continu",
              "Accueil",
              "Le fil",
              "Politique",
              "Économie",
              "Économie",
              "Société",
              "Régions",
              "Régions",
              "Sports",
              "Culture",
              "Abonnements pro",
              "🔍 Rechercher une dépêche",
              "Marchés du jour : " + markets]
    if rubric:
        lines.append(rubric)
    return "\n".join(lines)


def acd_bottom(most_read, pro=True):
    lines = ["Partager : Facebook · X · WhatsApp · LinkedIn · Copier le lien",
             "Les plus lues"]
    lines += [f"{i}. {h}" for i, h in enumerate(most_read, 1)]
    if pro:
        lines.append("ACD Pro : recevez le fil complet en temps réel dans votre rédaction » Demander un essai gratuit")
    lines += ["ACD – Agence camerounaise de dépêches – Immeuble Sogefi, avenue Kennedy, BP 1218 Yaoundé – "
              "Tél. : +237 222 23 41 00 – redaction@acd-cameroun.example.cm",
              "© 2025 ACD – Toute reproduction interdite sans autorisation – Mentions légales – Plan du site"]
    return "\n".join(lines)


def acd_meta(defects, pro=True, **extra):
    base = ["menu", "duplicate-lines", "ticker", "wire-slug", "share-lines", "postcode-trap"]
    if pro:
        base.append("newsletter-chrome")
    d = {"site": ACD_SITE, "style": "national-news-agency-site", "defects": base + defects}
    d.update(extra)
    return d


ACD_NOTE = ("Site furniture shared by h328-h332 (skip line, an optional FLASH banner (the budget session on h328, the "
            "cholera declaration on h330), FR/EN line, site name 'ACD – Agence camerounaise de dépêches' and slogan, "
            "vertical menu with doubled 'Économie' and 'Régions', search line, a 'Marchés du jour' line whose prices "
            "change on every page (tagged 'ticker'), a capital rubric kicker; under the title a slug line 'PLACE · "
            "dd/mm/yyyy · hh:mm · Dépêche n° ... · n mots' and a byline; after the body the wire initials; at the "
            "bottom a share line, 'Les plus lues' with three numbered headlines that change on every page, an 'ACD "
            "Pro' subscription line (absent on h331) and a footer with BP box, switchboard and newsroom address, "
            "copyright line): all boilerplate; its numbers are neither figures nor phones, and the long form in the "
            "site name does not count as the article spelling it out (h104-h119 per-page rule). The ACD, its "
            "journalists and its numbers are made up (a national news agency of a real kind). Cameroonian numbers "
            "have nine digits after +237 (Yaoundé landlines 222 ..., Douala 233 ..., mobiles 6 ...). Francs CFA in "
            "Cameroon are XAF.")

# --------------------------------------------------------------------------- h328 budget dispatch: unaccented capitals (Etat, A l’issue, Etienne), a double space
H328_MOST = ["Kribi : le port franchit le cap des 600 000 conteneurs",
             "Lions indomptables : la liste des 26 pour le stage de Limbé",
             "Douala : les déguerpissements du canal de la Mbanya reportés à janvier"]

PAGES.append(Page(
    name="h328-acd-budget-2026-conseil-de-cabinet",
    meta=acd_meta(["unaccented-capitals", "double-space"]),
    blocks=[
        B(acd_top("POLITIQUE", "cacao (Douala) 1 920 FCFA/kg · café robusta 1 310 FCFA/kg · BVMAC 1 042,7 (+0,4 %) · "
                  "EUR/XAF 655,957",
                  banner="FLASH – Session budgétaire : les députés convoqués le 10 décembre au Palais de verre de "
                         "Ngoa-Ekellé")),
        P("Budget 2026 : le gouvernement table sur une croissance de 4,3 % et 7 850 milliards FCFA de dépenses"),
        B("YAOUNDÉ · 01/12/2025 · 10:42 · Dépêche n° 25-4418 · 512 mots\nPar Serge Ebogo Nkodo"),
        P("Yaoundé, 1er décembre 2025 (ACD) – Le Conseil de cabinet, réuni jeudi sous la présidence du Premier "
          "ministre, a examiné le projet de budget de [[l’Etat||l’État]] pour l’exercice 2026, arrêté en recettes et en "
          "dépenses à 7 850,4 milliards de francs CFA, en hausse de 6,1 % par rapport à 2025, a appris l’Agence "
          "camerounaise de dépêches (ACD) auprès du ministère des Finances (MINFI)."),
        P("Selon le document, les recettes fiscales sont attendues à 4 912 milliards de francs CFA, contre 4 480 "
          "milliards en 2025, grâce notamment à l’élargissement de l’assiette de la TVA et à la généralisation des "
          "paiements électroniques. Les recettes pétrolières, estimées à 612 milliards, reculeraient de près de 9 % "
          "en raison de la baisse de la production, projetée à 21,7 millions de barils."),
        P(dbl("Le gouvernement table sur une croissance économique de 4,3 % en 2026 et sur une inflation ramenée à "
              "3,8 %, contre 4,9 % attendus cette année. Le service de la dette absorberait 1 318 milliards de francs "
              "CFA, soit 16,8 % du budget, et la masse salariale 1 502 milliards.", ("cette année.",))),
        P("[[A||À]] l’issue des travaux, le ministre des Finances, [[Etienne||Étienne]] Mbarga Owona, a indiqué que "
          "les dépenses d’investissement public atteindraient 1 940 milliards de francs CFA, dont 38 % consacrés aux "
          "infrastructures routières et énergétiques, notamment l’achèvement du barrage de Nachtigal, sur la Sanaga, "
          "et de l’autoroute Yaoundé–Nsimalen."),
        P("« Ce budget est celui de la relance par l’investissement, mais aussi de la discipline : le déficit sera "
          "contenu à 1,5 % du PIB et aucun nouvel arriéré intérieur ne sera toléré », a-t-il déclaré devant la "
          "presse."),
        P("Le projet de loi de finances sera déposé sur le bureau de l’Assemblée nationale le 10 décembre, à "
          "l’ouverture de la session budgétaire, qui doit s’achever le 20 décembre au plus tard. Il prévoit "
          "également le recrutement de 12 000 enseignants contractuels et de 2 500 personnels de santé, ainsi que la "
          "revalorisation de 5 % des pensions de retraite à compter du 1er janvier 2026."),
        P("Les régions de l’Extrême-Nord, du Nord-Ouest et du Sud-Ouest bénéficieront d’une enveloppe spéciale de "
          "86 milliards de francs CFA au titre du plan de reconstruction, contre 72 milliards cette année, selon le "
          "document consulté par l’ACD."),
        P("Le projet s’inscrit dans le programme économique et financier conclu avec le Fonds monétaire international "
          "(FMI), dont la huitième revue doit intervenir en février 2026. Le FMI a décaissé 74,1 millions de dollars "
          "en juillet au titre de ce programme, portant le total de ses décaissements à environ 1,1 milliard de "
          "dollars depuis 2021."),
        P("Dans l’opposition, le député Jean-Claude Atangana Ze a dénoncé « un budget de fonctionnement déguisé », "
          "estimant que les dépenses courantes, qui progressent de 7,4 %, continuent de croître plus vite que "
          "l’investissement. Le budget de [[l’Etat||l’État]] de l’exercice en cours avait été exécuté à 91,2 % au 30 "
          "septembre 2025, selon le dernier rapport d’exécution publié par le MINFI."),
        B("SEN/FMA"),
        B(acd_bottom(H328_MOST)),
    ],
    gold=dict(
        title="Budget 2026 : le gouvernement table sur une croissance de 4,3 % et 7 850 milliards FCFA de dépenses",
        dateline=dl("Yaoundé", "2025-12-01"),
        organisations=[org("Agence camerounaise de dépêches", "ACD"), org("Conseil de cabinet", None),
                       org("ministère des Finances", "MINFI"), org("Assemblée nationale", None),
                       org("Fonds monétaire international", "FMI")],
        places=[place("Yaoundé"), place("Nachtigal"), place("Sanaga"), place("Nsimalen"),
                place("Extrême-Nord"), place("Nord-Ouest"), place("Sud-Ouest")],
        figures=[
            fig("2026", 2026, None, "year"),
            fig("4,3 %", 4.3, "%", "percent"),
            fig("7 850 milliards FCFA", 7850000000000, "FCFA", "money", currency="XAF"),
            fig("1er décembre 2025", "2025-12-01", None, "date"),
            fig("7 850,4 milliards de francs CFA", 7850400000000, "francs CFA", "money", currency="XAF"),
            fig("6,1 %", 6.1, "%", "percent"),
            fig("2025", 2025, None, "year"),
            fig("4 912 milliards de francs CFA", 4912000000000, "francs CFA", "money", currency="XAF"),
            fig("4 480 milliards", 4480000000000, None, "money", currency="XAF"),
            fig("en 2025", 2025, None, "year"),
            fig("612 milliards", 612000000000, None, "money", currency="XAF"),
            fig("près de 9 %", 9, "%", "percent", qualifier="près de"),
            fig("21,7 millions de barils", 21700000, "barils", "other"),
            fig("en 2026", 2026, None, "year"),
            fig("3,8 %", 3.8, "%", "percent"),
            fig("4,9 %", 4.9, "%", "percent"),
            fig("1 318 milliards de francs CFA", 1318000000000, "francs CFA", "money", currency="XAF"),
            fig("16,8 %", 16.8, "%", "percent"),
            fig("1 502 milliards", 1502000000000, None, "money", currency="XAF"),
            fig("1 940 milliards de francs CFA", 1940000000000, "francs CFA", "money", currency="XAF"),
            fig("38 %", 38, "%", "percent"),
            fig("1,5 %", 1.5, "%", "percent"),
            fig("le 10 décembre", "--12-10", None, "date"),
            fig("le 20 décembre", "--12-20", None, "date"),
            fig("12 000 enseignants", 12000, "enseignants"),
            fig("2 500 personnels", 2500, "personnels"),
            fig("5 %", 5, "%", "percent"),
            fig("1er janvier 2026", "2026-01-01", None, "date"),
            fig("86 milliards de francs CFA", 86000000000, "francs CFA", "money", currency="XAF"),
            fig("72 milliards", 72000000000, None, "money", currency="XAF"),
            fig("février 2026", 2026, None, "year"),
            fig("74,1 millions de dollars", 74100000, "dollars", "money", currency="USD"),
            fig("environ 1,1 milliard de dollars", 1100000000, "dollars", "money", qualifier="environ",
                currency="USD"),
            fig("2021", 2021, None, "year"),
            fig("7,4 %", 7.4, "%", "percent"),
            fig("91,2 %", 91.2, "%", "percent"),
            fig("30 septembre 2025", "2025-09-30", None, "date"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes=ACD_NOTE + " A FLASH banner on this page. The agency's own dateline 'Yaoundé, 1er décembre 2025 (ACD) –' "
              "(date with year, agency in brackets) gives the figure '1er décembre 2025' (no 'le' written) and the "
              "agency, whose long form the body spells out ('l’Agence camerounaise de dépêches (ACD)'). Unaccented "
              "capitals: 'l’Etat' (twice), 'A l’issue', 'Etienne' (a first name, restored as 'Étienne', h184-h199 "
              "rule); one double space between two sentences. 'Budget 2026' (title) and 'pour l’exercice 2026' give "
              "one year text '2026' (a budget's year; 'l'exercice' as h216-h231); 'en 2026' another text. 'par "
              "rapport à 2025' gives '2025', 'en 2025' another text; 'en février 2026' the month-year; 'depuis 2021' "
              "the year; 'huitième revue' an ordinal word and 'en juillet' a month alone (not figures). Bare amounts after a currency "
              "('contre 4 480 milliards', '612 milliards', '1 502 milliards', '72 milliards') are XAF money with unit "
              "null (h56-h71). '21,7 millions de barils' a measure. 'à compter du 1er janvier 2026': the date without "
              "'à compter du'. 'au 30 septembre 2025': the date without 'au'. 'cette année', 'jeudi' not figures. "
              "'le Conseil de cabinet' (Cameroon's cabinet council, acting) is an organisation like a Conseil des "
              "ministres; 'Premier ministre', 'ministre des Finances' are roles; the TVA and the PIB are not bodies. "
              "'le barrage de Nachtigal, sur la Sanaga' gives the place the dam is named after (h248-h263 plant rule) "
              "and the river; 'l’autoroute Yaoundé–Nsimalen' gives its end places (h280-h295 corridor rule, Yaoundé "
              "already listed). The regions are places with iso null. No contact.",
    ),
))

# --------------------------------------------------------------------------- h329 port dispatch: a cp1252 paragraph, caption printed twice, a byline glued to the last sentence
H329_MOST = ["Budget 2026 : le gouvernement table sur une croissance de 4,3 %",
             "Choléra : l’épidémie déclarée dans six districts de l’Extrême-Nord",
             "Lions indomptables : la liste des 26 pour le stage de Limbé"]

PAGES.append(Page(
    name="h329-acd-port-kribi-trafic-conteneurs",
    meta=acd_meta(["mojibake-cp1252", "duplicate-caption", "body-glued"]),
    blocks=[
        B(acd_top("ÉCONOMIE", "cacao (Douala) 1 935 FCFA/kg · café robusta 1 305 FCFA/kg · BVMAC 1 046,1 (+0,3 %) · "
                  "EUR/XAF 655,957")),
        P("Port de Kribi : le trafic de conteneurs bondit de 18 % sur les dix premiers mois de 2025"),
        B("KRIBI · 02/12/2025 · 09:15 · Dépêche n° 25-4436 · 548 mots\nPar Aïcha Bello Mfoumou"),
        P("Un porte-conteneurs à quai au terminal de Kribi, le 28 novembre. Photo : ACD/A. Bello"),
        B("Un porte-conteneurs à quai au terminal de Kribi, le 28 novembre. Photo : ACD/A. Bello"),
        P("Kribi, 2 décembre 2025 (ACD) – Le port en eau profonde de Kribi a traité 612 480 EVP (équivalent vingt "
          "pieds) entre janvier et octobre 2025, soit une hausse de 18 % par rapport à la même période de 2024, selon "
          "les statistiques publiées lundi par le Port autonome de Kribi (PAK)."),
        P("Le terminal à conteneurs, concédé depuis 2018 à un consortium mené par Kribi Conteneurs Terminal (KCT), a "
          "accueilli 418 navires, contre 352 un an plus tôt. Le temps moyen d’attente en rade est tombé à 1,6 jour, "
          "contre 3,2 jours en 2024, grâce à la mise en service de deux nouveaux portiques en mai.", moji="cp1252"),
        P("Le trafic de transbordement vers le Nigeria, le Gabon, la Guinée équatoriale et le Congo représente "
          "désormais 41 % du volume total. « Kribi s’impose comme le hub de la sous-région. Les armateurs viennent "
          "chercher ici des tirants d’eau que les ports d’estuaire ne peuvent plus offrir », s’est félicité le "
          "directeur général du PAK, Patrice Melom Abena, cité dans le communiqué."),
        P("Les exportations de bois débité et de cacao, qui transitent en partie par Kribi depuis la fermeture "
          "temporaire de deux quais à Douala, ont progressé de 27 %. Le port a également manutentionné 1,84 million "
          "de tonnes de vracs, dont 640 000 tonnes de clinker destinées aux cimenteries de la région."),
        P("Pour 2026, le PAK prévoit la mise en service d’un deuxième poste à quai de 715 mètres au terminal "
          "polyvalent et l’acquisition de quatre portiques supplémentaires, pour un investissement de 186 milliards "
          "de francs CFA financé en partie par la Banque de développement des États de l’Afrique centrale (BDEAC)."),
        P("Les recettes du port ont atteint 58,3 milliards de francs CFA sur la période, en hausse de 21 %. Plus de "
          "3 100 emplois directs ont été créés sur la plateforme portuaire depuis son ouverture, dont près de la "
          "moitié occupés par des habitants du département de l’Océan, selon la direction."),
        P("Le port de Douala, principal port du pays, a pour sa part traité 1,02 million d’EVP sur les neuf premiers "
          "mois de l’année, un volume stable, selon l’Autorité portuaire nationale (APN), qui attribue la "
          "stagnation à l’envasement du chenal d’accès."),
        P("Le corridor Kribi–Ebolowa–Ambam, qui relie le port au Gabon et à la Guinée équatoriale, doit être "
          "entièrement bitumé d’ici à fin 2026, selon le ministère des Travaux publics."
          "[[Par Aïcha Bello Mfoumou||]]"),
        B("ABM/FMA"),
        B(acd_bottom(H329_MOST)),
    ],
    gold=dict(
        title="Port de Kribi : le trafic de conteneurs bondit de 18 % sur les dix premiers mois de 2025",
        dateline=dl("Kribi", "2025-12-02"),
        organisations=[org(None, "ACD"), org("Port autonome de Kribi", "PAK"), org("Kribi Conteneurs Terminal", "KCT"),
                       org("Banque de développement des États de l’Afrique centrale", "BDEAC"),
                       org("Autorité portuaire nationale", "APN"), org("ministère des Travaux publics", None)],
        places=[place("Kribi"), place("Nigeria", "NG"), place("Gabon", "GA"), place("Guinée équatoriale", "GQ"),
                place("Congo", "CG"), place("Douala"), place("Océan"), place("Ebolowa"), place("Ambam")],
        figures=[
            fig("18 %", 18, "%", "percent"),
            fig("dix premiers mois", 10, "mois", "duration"),
            fig("2025", 2025, None, "year"),
            fig("le 28 novembre", "--11-28", None, "date"),
            fig("2 décembre 2025", "2025-12-02", None, "date"),
            fig("612 480 EVP", 612480, "EVP", "other"),
            fig("octobre 2025", 2025, None, "year"),
            fig("2024", 2024, None, "year"),
            fig("2018", 2018, None, "year"),
            fig("418 navires", 418, "navires"),
            fig("352", 352, None),
            fig("1,6 jour", 1.6, "jour", "duration"),
            fig("3,2 jours", 3.2, "jours", "duration"),
            fig("en 2024", 2024, None, "year"),
            fig("deux nouveaux portiques", 2, "portiques"),
            fig("41 %", 41, "%", "percent"),
            fig("deux quais", 2, "quais"),
            fig("27 %", 27, "%", "percent"),
            fig("1,84 million de tonnes", 1840000, "tonnes", "other"),
            fig("640 000 tonnes", 640000, "tonnes", "other"),
            fig("2026", 2026, None, "year"),
            fig("715 mètres", 715, "mètres", "other"),
            fig("quatre portiques", 4, "portiques"),
            fig("186 milliards de francs CFA", 186000000000, "francs CFA", "money", currency="XAF"),
            fig("58,3 milliards de francs CFA", 58300000000, "francs CFA", "money", currency="XAF"),
            fig("21 %", 21, "%", "percent"),
            fig("Plus de 3 100 emplois", 3100, "emplois", qualifier="Plus de"),
            fig("près de la moitié", 0.5, None, "other", qualifier="près de"),
            fig("1,02 million d’EVP", 1020000, "EVP", "other"),
            fig("neuf premiers mois", 9, "mois", "duration"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes=ACD_NOTE + " No banner. The photo caption stands above the dateline paragraph and is printed twice "
              "(second copy boilerplate); its credit names the agency. The second paragraph is UTF-8 read as cp1252 "
              "('accueilli', 'dâ€™attente'). The byline is printed again at the end of the last paragraph, glued to "
              "its final full stop ('Travaux publics.Par Aïcha Bello Mfoumou'): decided, the raw line holds article "
              "text (not listed) and the glued byline, page metadata, is removed from the clean text (the README's "
              "'Lire la suiteBrazzaville' rule, at the end of the line; tag 'body-glued'). Dateline 'Kribi, 2 "
              "décembre 2025 (ACD) –'; the agency is named by acronym only on this page (long form null). 'entre "
              "janvier et octobre 2025': the month-year 'octobre 2025' ('janvier' alone is not a figure). 'la même "
              "période de 2024' gives '2024', 'en 2024' another text. 'EVP' a unit of measure (h168-h183), its gloss "
              "not a figure. 'contre 352 un an plus tôt': a count without noun, 'un an plus tôt' not a figure. '1,6 "
              "jour' / '3,2 jours' durations. 'deux nouveaux portiques' and 'quatre portiques' counts; 'deuxième "
              "poste' an ordinal word. 'Pour 2026' and 'fin 2026' give one text '2026'. 'près de la moitié' a "
              "fraction. The corridor 'Kribi–Ebolowa–Ambam' gives its towns; 'département de l’Océan' gives the "
              "place 'Océan' (iso null). 'Congo' is the Republic of the Congo (CG). The ministry named as the source "
              "is listed (h168-h183 doubt). No contact.",
    ),
))

# --------------------------------------------------------------------------- h330 partner communiqué reprinted: glued subheadings, a hidden e-mail, '+ 221', a release trailer
H330_MOST = ["Port de Kribi : le trafic de conteneurs bondit de 18 %",
             "Budget 2026 : le gouvernement table sur une croissance de 4,3 %",
             "Maroua : les écoles de Mokolo rouvrent après les inondations"]

PAGES.append(Page(
    name="h330-acd-communique-unicef-cholera-extreme-nord",
    meta=acd_meta(["heading-glued", "hidden-email"]),
    blocks=[
        B(acd_top("COMMUNIQUÉS", "cacao (Douala) 1 940 FCFA/kg · café robusta 1 300 FCFA/kg · BVMAC 1 044,9 (−0,1 %) · "
                  "EUR/XAF 655,957",
                  banner="FLASH – Choléra : le ministère de la Santé publique déclare l’épidémie dans l’Extrême-Nord")),
        P("Choléra dans l’Extrême-Nord : l’UNICEF et ses partenaires lancent une riposte d’urgence pour 1,2 million "
          "de personnes"),
        B("MAROUA · 03/12/2025 · 14:30 · Communiqué · 640 mots\n"
          "Ce communiqué est publié tel que transmis par son émetteur. Il n’engage pas la rédaction de l’ACD."),
        P("Maroua, le 3 décembre 2025 – Face à une flambée de choléra qui a déjà touché 1 486 personnes et causé 37 "
          "décès dans six districts sanitaires de la région de l’Extrême-Nord depuis le 2 octobre, le Fonds des "
          "Nations unies pour l’enfance (UNICEF) et ses partenaires lancent, aux côtés du ministère de la Santé "
          "publique (MINSANTE), une riposte d’urgence destinée à 1,2 million de personnes."),
        P("Une épidémie favorisée par les inondations"),
        P("Les inondations de septembre, qui ont affecté plus de 94 000 personnes dans les départements du "
          "Logone-et-Chari et du Mayo-Danay, ont détruit ou contaminé près de 40 % des points d’eau de ces zones. Les "
          "enfants de moins de 5 ans représentent 28 % des cas notifiés.", glue=True),
        P("« Chaque jour compte. Le choléra se soigne facilement lorsqu’il est pris en charge à temps, mais il peut "
          "tuer un enfant en quelques heures. Nous devons empêcher que l’épidémie atteigne les camps de déplacés », a "
          "déclaré la représentante de l’UNICEF au Cameroun, Nadia Ferrante-Okello."),
        P("Eau potable, vaccination et prise en charge"),
        P("Le plan de riposte, d’un coût de 4,6 millions de dollars américains, prévoit la distribution de 850 000 "
          "sachets de purification d’eau et de 120 000 kits d’hygiène, la réhabilitation de 210 forages et la "
          "désinfection de 15 000 latrines. Une campagne de vaccination orale ciblera 640 000 personnes âgées d’un an "
          "et plus dans les districts de Kousseri, Mokolo et Mora, du 8 au 14 décembre.", glue=True),
        P("L’Organisation mondiale de la santé (OMS) et Médecins sans frontières (MSF) appuient la prise en charge "
          "dans 22 centres et unités de traitement du choléra, où le taux de létalité a été ramené de 4,1 % à 2,5 % "
          "en un mois. Le Programme alimentaire mondial (PAM) assure le transport des intrants vers les zones d’accès "
          "difficile, notamment par voie aérienne vers Makary et Fotokol."),
        P("L’UNICEF appelle les donateurs à combler un déficit de financement de 2,9 millions de dollars et rappelle "
          "que le lavage des mains au savon, la consommation d’eau traitée et la consultation rapide en cas de "
          "diarrhée sauvent des vies."),
        P("À propos de l’UNICEF"),
        P("L’UNICEF travaille dans certains des endroits les plus difficiles du monde pour atteindre les enfants les "
          "plus défavorisés. Dans plus de 190 pays et territoires, nous travaillons pour chaque enfant, partout, afin "
          "de construire un monde meilleur pour tous."),
        L("""Pour plus d’informations, veuillez contacter :
Armelle Tchoupo, spécialiste de la communication, UNICEF Cameroun, +237 6 77 41 29 08, atchoupo@unicef.org
Ibrahima Sow, chargé des relations avec les médias, Bureau régional de l’UNICEF pour l’Afrique de l’Ouest et du Centre (Dakar), + 221 33 869 58 24, [email protected]"""),
        B(acd_bottom(H330_MOST)),
    ],
    gold=dict(
        title="Choléra dans l’Extrême-Nord : l’UNICEF et ses partenaires lancent une riposte d’urgence pour 1,2 "
              "million de personnes",
        dateline=dl("Maroua", "2025-12-03"),
        organisations=[org("Fonds des Nations unies pour l’enfance", "UNICEF"),
                       org("ministère de la Santé publique", "MINSANTE"),
                       org("Organisation mondiale de la santé", "OMS"), org("Médecins sans frontières", "MSF"),
                       org("Programme alimentaire mondial", "PAM")],
        places=[place("Extrême-Nord"), place("Maroua"), place("Logone-et-Chari"), place("Mayo-Danay"),
                place("Cameroun", "CM"), place("Kousseri"), place("Mokolo"), place("Mora"), place("Makary"),
                place("Fotokol"), place("Dakar")],
        figures=[
            fig("1,2 million de personnes", 1200000, "personnes"),
            fig("le 3 décembre 2025", "2025-12-03", None, "date"),
            fig("1 486 personnes", 1486, "personnes"),
            fig("37 décès", 37, "décès"),
            fig("six districts", 6, "districts"),
            fig("le 2 octobre", "--10-02", None, "date"),
            fig("plus de 94 000 personnes", 94000, "personnes", qualifier="plus de"),
            fig("près de 40 %", 40, "%", "percent", qualifier="près de"),
            fig("moins de 5 ans", 5, "ans", "age", qualifier="moins de"),
            fig("28 %", 28, "%", "percent"),
            fig("4,6 millions de dollars américains", 4600000, "dollars américains", "money", currency="USD"),
            fig("850 000 sachets", 850000, "sachets"),
            fig("120 000 kits", 120000, "kits"),
            fig("210 forages", 210, "forages"),
            fig("15 000 latrines", 15000, "latrines"),
            fig("640 000 personnes", 640000, "personnes"),
            fig("8", "--12-08", None, "date"),
            fig("14 décembre", "--12-14", None, "date"),
            fig("22 centres", 22, "centres"),
            fig("4,1 %", 4.1, "%", "percent"),
            fig("2,5 %", 2.5, "%", "percent"),
            fig("2,9 millions de dollars", 2900000, "dollars", "money", currency="USD"),
            fig("plus de 190 pays", 190, "pays", qualifier="plus de"),
        ],
        phones=[phone("+237677412908"), phone("+221338695824")],
        emails=["atchoupo@unicef.org"],
        hidden_emails=1,
        contacts=[contact("Armelle Tchoupo", "spécialiste de la communication", "UNICEF Cameroun", ["+237677412908"],
                          ["atchoupo@unicef.org"]),
                  contact("Ibrahima Sow", "chargé des relations avec les médias",
                          "Bureau régional de l’UNICEF pour l’Afrique de l’Ouest et du Centre", ["+221338695824"], [])],
        notes=ACD_NOTE + " A second FLASH banner with another text. A partner's communiqué reprinted by the agency in "
              "its 'Communiqués' rubric: the slug line and the agency's disclaimer line under the title ('Ce "
              "communiqué est publié tel que transmis ...', like a translation disclaimer) are boilerplate; there are "
              "no wire initials. The communiqué's own trailer 'À propos de l’UNICEF' with its paragraph is article "
              "text (README trailer rule); so is the contact block. Both subheadings are glued to the paragraph after "
              "them ('inondationsLes inondations', 'prise en chargeLe plan'). Dateline 'Maroua, le 3 décembre 2025 –' "
              "(the UNICEF's, no agency). 'du 8 au 14 décembre': '8' (--12-08) and '14 décembre'. 'ramené de 4,1 % à "
              "2,5 %': two percents with their own sign. 'âgées d’un an et plus', 'en un mois', 'en quelques heures' "
              "are not figures. 'dollars américains' keeps the whole currency noun (h104-h119). 'les départements du "
              "Logone-et-Chari et du Mayo-Danay' are places (iso null); 'camps de déplacés' generic. Contacts: two "
              "people in one line each, role and office label as written ('UNICEF Cameroun' is the listed UNICEF, "
              "README 'OIM Rome'; the regional office with its city in brackets keeps the label without the city, "
              "Dakar a place, h200-h215); a Cameroonian mobile, a Dakar landline written '+ 221 33 ...' with a space "
              "after the plus (the survey's '+ 221 33' shape, +221338695824) and an address hidden behind the "
              "e-mail-protection text '[email protected]' (counted).",
    ),
))

# --------------------------------------------------------------------------- h331 interview: questions as lines, one glued to its answer, “ ” in a « » page, no ACD Pro line
H331_MOST = ["Choléra dans l’Extrême-Nord : l’UNICEF lance une riposte d’urgence",
             "Port de Kribi : le trafic de conteneurs bondit de 18 %",
             "Budget 2026 : le gouvernement table sur une croissance de 4,3 %"]

PAGES.append(Page(
    name="h331-acd-entretien-douala-drains-inondations",
    meta=acd_meta(["body-glued", "mixed-quotes"], pro=False),
    blocks=[
        B(acd_top("ENTRETIEN", "cacao (Douala) 1 950 FCFA/kg · café robusta 1 295 FCFA/kg · BVMAC 1 047,3 (+0,2 %) · "
                  "EUR/XAF 655,957")),
        P("Romain Ekotto Din : « À Douala, 60 % des drains sont obstrués par les déchets »"),
        B("DOUALA · 04/12/2025 · 08:05 · Entretien · 760 mots\nPar Joël Nkeng Tabi"),
        P("Douala, 4 décembre 2025 (ACD) – Après les inondations qui ont frappé les quartiers de Makepe, Bonabéri et "
          "Ndokoti en novembre, le délégué du gouvernement auprès de la Communauté urbaine de Douala (CUD), Romain "
          "Ekotto Din, détaille à l’ACD le plan d’urgence de la ville avant la prochaine saison des pluies."),
        P("ACD : Quel est le bilan des inondations de novembre ?"),
        P("Romain Ekotto Din : Elles ont fait quatre morts et touché environ 11 500 ménages. Plus de 2 300 maisons ont "
          "été inondées, dont 310 entièrement détruites, et 14 écoles ont dû fermer pendant une semaine. C’est le "
          "bilan le plus lourd depuis 2020. Dans certains secteurs de Makepe, l’eau est montée à 1,20 mètre en moins "
          "de deux heures."),
        P("ACD : Pourquoi la ville est-elle si vulnérable ?"),
        P("Romain Ekotto Din : Nos relevés montrent que 60 % des 380 kilomètres de drains primaires et secondaires "
          "sont obstrués par des déchets plastiques ou par des constructions. La ville produit près de 2 000 tonnes "
          "d’ordures par jour, et la collecte n’en enlève qu’environ 1 400. Le reste finit dans les caniveaux, puis "
          "dans le Wouri.", glue=True),
        P("ACD : Que contient le plan d’urgence ?"),
        P("Romain Ekotto Din : Il mobilise 9,8 milliards de francs CFA sur 18 mois. D’ici à mars, nous allons curer 120 "
          "kilomètres de drains et libérer les emprises du canal de la Mbanya, où 640 constructions illégales ont été "
          "recensées. La Banque mondiale finance, pour 31 millions d’euros, trois bassins de rétention à Makepe et à "
          "Bépanda. Et nous relançons le programme “Douala ville propre” avec 400 agents de salubrité "
          "supplémentaires."),
        P("ACD : Les déguerpissements ne risquent-ils pas de provoquer des tensions ?"),
        P("Romain Ekotto Din : Nous avons prévu un accompagnement : chaque famille recensée recevra une indemnité de "
          "350 000 francs CFA et une priorité d’accès aux 1 200 logements sociaux de Mbanga Bakoko. Les premières "
          "démolitions n’interviendront pas avant le 15 janvier. Nous voulons convaincre, pas contraindre."),
        P("ACD : Quel message adressez-vous aux habitants ?"),
        P("Romain Ekotto Din : Ne jetez plus rien dans les caniveaux. Une amende de 25 000 à 100 000 francs CFA sera "
          "appliquée dès le 1er janvier 2026, et des brigades de salubrité patrouilleront dans les six "
          "arrondissements de la ville. Douala ne peut pas se noyer sous ses propres déchets."),
        B("JNT/FMA"),
        B(acd_bottom(H331_MOST, pro=False)),
    ],
    gold=dict(
        title="Romain Ekotto Din : « À Douala, 60 % des drains sont obstrués par les déchets »",
        dateline=dl("Douala", "2025-12-04"),
        organisations=[org(None, "ACD"), org("Communauté urbaine de Douala", "CUD"), org("Banque mondiale", None)],
        places=[place("Douala"), place("Makepe"), place("Bonabéri"), place("Ndokoti"), place("Wouri"),
                place("Mbanya"), place("Bépanda"), place("Mbanga Bakoko")],
        figures=[
            fig("60 %", 60, "%", "percent"),
            fig("4 décembre 2025", "2025-12-04", None, "date"),
            fig("quatre morts", 4, "morts"),
            fig("environ 11 500 ménages", 11500, "ménages", qualifier="environ"),
            fig("Plus de 2 300 maisons", 2300, "maisons", qualifier="Plus de"),
            fig("310", 310, None),
            fig("14 écoles", 14, "écoles"),
            fig("2020", 2020, None, "year"),
            fig("1,20 mètre", 1.2, "mètre", "other"),
            fig("moins de deux heures", 2, "heures", "duration", qualifier="moins de"),
            fig("380 kilomètres", 380, "kilomètres", "other"),
            fig("près de 2 000 tonnes", 2000, "tonnes", "other", qualifier="près de"),
            fig("environ 1 400", 1400, None, qualifier="environ"),
            fig("9,8 milliards de francs CFA", 9800000000, "francs CFA", "money", currency="XAF"),
            fig("18 mois", 18, "mois", "duration"),
            fig("120 kilomètres", 120, "kilomètres", "other"),
            fig("640 constructions", 640, "constructions"),
            fig("31 millions d’euros", 31000000, "euros", "money", currency="EUR"),
            fig("trois bassins", 3, "bassins"),
            fig("400 agents", 400, "agents"),
            fig("350 000 francs CFA", 350000, "francs CFA", "money", currency="XAF"),
            fig("1 200 logements", 1200, "logements"),
            fig("le 15 janvier", "--01-15", None, "date"),
            fig("25 000", 25000, None, "money", currency="XAF"),
            fig("100 000 francs CFA", 100000, "francs CFA", "money", currency="XAF"),
            fig("le 1er janvier 2026", "2026-01-01", None, "date"),
            fig("six arrondissements", 6, "arrondissements"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes=ACD_NOTE + " No banner and no 'ACD Pro' line on this page. An interview: the chapeau opens with the "
              "agency's dateline; each question is its own line and each answer a line, the speaker labels ('ACD :', "
              "'Romain Ekotto Din :') kept (README Q&A rule, h216-h231); the second question is glued to its answer "
              "('vulnérable ?Romain Ekotto Din :'), split in the clean text. The title quotes the answer with « » "
              "while an answer writes a programme's name with “ ” (kept as written; the programme is not an "
              "organisation). The title's '60 %' and the answer's are one text. 'dont 310 entièrement détruites': a "
              "count without noun. 'la collecte n’en enlève qu’environ 1 400': a count without noun (the noun is "
              "'en', h264-h279). 'depuis 2020': '2020'. '1,20 mètre' keeps its written decimals; 'en moins de deux "
              "heures': a duration with 'moins de'. 'D’ici à mars' and 'pendant une semaine' are not figures. 'de "
              "25 000 à 100 000 francs CFA': first bound '25 000' with the second's currency, unit null. 'dès le 1er "
              "janvier 2026': the date from 'le'. 'avant le 15 janvier': no year written. The Communauté urbaine de "
              "Douala (the city's council, acting) is listed with its acronym; 'délégué du gouvernement' is a role. "
              "Districts (Makepe, Bonabéri, Ndokoti, Bépanda, Mbanga Bakoko), the river Wouri and the canal's name "
              "'Mbanya' are places. The agency appears by acronym only. No contact.",
    ),
))

# --------------------------------------------------------------------------- h332 the agency's 'Le fil' listing: four dispatches with stamps, ’ dropped in one, accents stripped in another, a glued 'Lire la suite »'
PAGES.append(Page(
    name="h332-acd-le-fil-depeches-4-decembre-listing",
    meta=acd_meta(["listing", "read-more", "lost-apostrophe", "stripped-accents"], listing=True),
    blocks=[
        B(acd_top(None, "cacao (Douala) 1 950 FCFA/kg · café robusta 1 295 FCFA/kg · BVMAC 1 047,3 (+0,2 %) · "
                  "EUR/XAF 655,957")),
        B("Le fil ACD – jeudi 4 décembre 2025\n"
          "Toutes les dépêches | Politique | Économie | Société | Régions | Sports"),
        P("Garoua : 46 tonnes de médicaments contrefaits incinérés"),
        P("04/12/2025 · 17:48"),
        P("Garoua, 4 décembre (ACD) – Quelque 46 tonnes de médicaments de contrefaçon saisis depuis janvier dans les "
          "régions du Nord et de l’Adamaoua ont été incinérées jeudi à la sortie de Garoua, en présence du gouverneur "
          "de la région du Nord. Leur valeur est estimée à 1,3 milliard de francs CFA, selon la délégation régionale "
          "de la Santé publique. Près de 80 % des saisies ont été réalisées aux postes frontières avec le Nigeria et "
          "le Tchad."),
        B("Lire la suite »"),
        P("Bertoua : l’hôpital régional reçoit son premier scanner", apos="drop"),
        P("04/12/2025 · 15:20"),
        P("Bertoua, 4 décembre (ACD) – L’hôpital régional de Bertoua, dans la région de l’Est, dispose depuis mercredi "
          "d’un scanner de 64 barrettes, le premier de la région. L’équipement, d’une valeur de 780 millions de "
          "francs CFA, a été financé par le budget d’investissement public. Jusqu’ici, les patients devaient "
          "parcourir plus de 350 kilomètres jusqu’à Yaoundé pour passer un examen, à leurs frais.", apos="drop"),
        B("Lire la suite »"),
        P("Lions indomptables : 26 joueurs convoqués pour le stage de Limbé"),
        P("04/12/2025 · 12:05"),
        P("Yaoundé, 4 décembre (ACD) – Le sélectionneur des Lions indomptables a convoqué 26 joueurs, dont 9 évoluant "
          "dans le championnat national, pour un stage de préparation du 15 au 21 décembre à Limbé, dans la région du "
          "Sud-Ouest. La Fédération camerounaise de football (Fecafoot) a annoncé deux matchs amicaux, dont l’un face "
          "au Gabon le 20 décembre au stade omnisports de Limbé."),
        B("Lire la suite »"),
        P("Ebolowa : la foire agropastorale attire 310 exposants", glue=True),
        P("04/12/2025 · 09:32"),
        P("Ebolowa, 4 décembre (ACD) – La 12e édition de la foire agropastorale de la région du Sud s’est ouverte "
          "mercredi à Ebolowa avec 310 exposants venus des dix régions du pays et de trois pays voisins. Les "
          "organisateurs attendent plus de 45 000 visiteurs jusqu’au 9 décembre. Le ministre de l’Agriculture et du "
          "Développement rural a annoncé une enveloppe de 500 millions de francs CFA pour les coopératives de "
          "jeunes.", strip=True),
        B("Lire la suite »\nCharger plus de dépêches"),
        B(acd_bottom(["Garoua : 46 tonnes de médicaments contrefaits incinérés",
                      "Romain Ekotto Din : « À Douala, 60 % des drains sont obstrués par les déchets »",
                      "Choléra dans l’Extrême-Nord : l’UNICEF lance une riposte d’urgence"])),
    ],
    gold=dict(
        title="Garoua : 46 tonnes de médicaments contrefaits incinérés",
        dateline=None,
        organisations=[org(None, "ACD"), org("Fédération camerounaise de football", "Fecafoot")],
        places=[place("Garoua"), place("Nord"), place("Adamaoua"), place("Nigeria", "NG"), place("Tchad", "TD"),
                place("Bertoua"), place("Est"), place("Yaoundé"), place("Limbé"), place("Sud-Ouest"),
                place("Gabon", "GA"), place("Ebolowa"), place("Sud")],
        figures=[
            fig("46 tonnes", 46, "tonnes", "other"),
            fig("04/12/2025 · 17:48", "2025-12-04", None, "date"),
            fig("4 décembre", "--12-04", None, "date"),
            fig("Quelque 46 tonnes", 46, "tonnes", "other", qualifier="Quelque"),
            fig("1,3 milliard de francs CFA", 1300000000, "francs CFA", "money", currency="XAF"),
            fig("Près de 80 %", 80, "%", "percent", qualifier="Près de"),
            fig("04/12/2025 · 15:20", "2025-12-04", None, "date"),
            fig("64 barrettes", 64, "barrettes"),
            fig("780 millions de francs CFA", 780000000, "francs CFA", "money", currency="XAF"),
            fig("plus de 350 kilomètres", 350, "kilomètres", "other", qualifier="plus de"),
            fig("26 joueurs", 26, "joueurs"),
            fig("04/12/2025 · 12:05", "2025-12-04", None, "date"),
            fig("9", 9, None),
            fig("15", "--12-15", None, "date"),
            fig("21 décembre", "--12-21", None, "date"),
            fig("deux matchs", 2, "matchs"),
            fig("le 20 décembre", "--12-20", None, "date"),
            fig("310 exposants", 310, "exposants"),
            fig("04/12/2025 · 09:32", "2025-12-04", None, "date"),
            fig("12e", 12, None, "ordinal"),
            fig("dix régions", 10, "régions"),
            fig("trois pays", 3, "pays"),
            fig("plus de 45 000 visiteurs", 45000, "visiteurs", qualifier="plus de"),
            fig("9 décembre", "--12-09", None, "date"),
            fig("500 millions de francs CFA", 500000000, "francs CFA", "money", currency="XAF"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes=ACD_NOTE + " The agency's 'Le fil' page: four unrelated dispatches, a listing (title = the first "
              "headline, dateline null, README 'Listing titles'); no rubric kicker, no slug line. The listing's label "
              "'Le fil ACD – jeudi 4 décembre 2025' and its filter line are boilerplate, as each 'Lire la suite »' "
              "line (read-more) and 'Charger plus de dépêches'. The third dispatch's 'Lire la suite »' is glued to the "
              "fourth headline ('Lire la suite »Ebolowa : ...'): that raw line holds article text and is not listed; "
              "the link text is removed (README). Each headline, its stamp line 'dd/mm/yyyy · hh:mm' (a date figure "
              "with its clock time, one text each) and its dispatch are article text. Each dispatch's dateline 'Town, "
              "4 décembre (ACD) –' gives the agency (acronym only) and the date '4 décembre' (--12-04, one text for "
              "the four). The second dispatch has every ’ dropped, headline included ('lhôpital', 'dun scanner', "
              "'Jusquici', 'jusquà'); the fourth has its accents stripped ('edition', 'region', 'jusqu’au 9 decembre', "
              "'Developpement'). '46 tonnes' (headline) and 'Quelque 46 tonnes' two texts; '26 joueurs' headline and "
              "body one text; 'dont 9 évoluant ...' a count without noun; 'du 15 au 21 décembre': '15' and '21 "
              "décembre' (no year written); '12e édition' an ordinal; '64 barrettes' a count. Regions named 'région "
              "du Nord', 'de l’Est', 'du Sud', 'du Sud-Ouest' and 'de l’Adamaoua' are places (iso null, as h241's "
              "'Ouest'). 'Lions indomptables' (the national team) is not an organisation; the federation is listed "
              "with its acronym as written ('Fecafoot'); 'délégation régionale de la Santé publique' generic; the "
              "stadium a venue. No contact.",
    ),
))


# =========================================================================== eleven other sites
# --------------------------------------------------------------------------- h333 francophone society in Vancouver, no defect and no boilerplate
PAGES.append(Page(
    name="h333-sfco-vancouver-centre-accueil-surrey",
    meta={"site": "www.sfco-bc.example.ca", "style": "francophone-society-clean", "defects": []},
    blocks=[
        P("La Société francophone de la Côte-Ouest ouvre un centre d’accueil pour les nouveaux arrivants à Surrey"),
        P("Vancouver, le 3 décembre 2025 – La Société francophone de la Côte-Ouest (SFCO) ouvrira le 12 janvier 2026 "
          "à Surrey un centre d’accueil destiné aux immigrantes et immigrants d’expression française qui s’installent "
          "dans la région de Surrey et de Langley. Le centre offrira des services d’orientation, d’aide à la "
          "recherche d’emploi, d’accompagnement au logement et d’inscription à l’école."),
        P("Le projet, d’un coût de 1,35 million $ sur trois ans, est financé par Immigration, Réfugiés et Citoyenneté "
          "Canada (IRCC) et par la province de la Colombie-Britannique. Le centre emploiera six conseillères et "
          "conseillers et prévoit d’accompagner 900 personnes dès sa première année de fonctionnement."),
        P("Selon le recensement de 2021, plus de 11 400 personnes dont le français est la première langue officielle "
          "parlée vivent à Surrey et à Langley, soit une hausse de 22 % en cinq ans. Près de la moitié d’entre elles "
          "sont arrivées d’Afrique, d’Haïti ou d’Europe au cours des dix dernières années."),
        P("« Beaucoup de familles francophones arrivent ici sans savoir qu’elles peuvent être servies dans leur "
          "langue. Ce centre sera leur porte d’entrée dans la communauté, de l’aéroport jusqu’au premier emploi », "
          "explique la directrice générale de la SFCO, Awa Diallo-Fournier."),
        P("Le centre sera situé au 10356, avenue King George, et ouvert du lundi au vendredi de 9 h à 17 h, ainsi que "
          "le samedi sur rendez-vous. Des services seront aussi offerts à distance aux familles installées dans la "
          "vallée de l’Okanagan et à Kamloops."),
        P("Une journée portes ouvertes aura lieu le samedi 17 janvier 2026, de 10 h à 15 h, avec la participation du "
          "Conseil scolaire francophone de la Colombie-Britannique (CSF) et du Collège Éducacentre."),
        P("Fondée en 1998, la SFCO représente les quelque 70 000 francophones de la côte ouest et regroupe 38 "
          "organismes membres."),
        L("""Renseignements :
Julien Caron-Beaulieu
Responsable des communications
604 736-2918, poste 205
communications@sfco-bc.example.ca"""),
    ],
    gold=dict(
        title="La Société francophone de la Côte-Ouest ouvre un centre d’accueil pour les nouveaux arrivants à Surrey",
        dateline=dl("Vancouver", "2025-12-03"),
        organisations=[org("Société francophone de la Côte-Ouest", "SFCO"),
                       org("Immigration, Réfugiés et Citoyenneté Canada", "IRCC"),
                       org("Conseil scolaire francophone de la Colombie-Britannique", "CSF"),
                       org("Collège Éducacentre", None)],
        places=[place("Surrey"), place("Vancouver"), place("Langley"), place("Colombie-Britannique"),
                place("Afrique"), place("Haïti", "HT"), place("Europe"), place("Okanagan"), place("Kamloops")],
        figures=[
            fig("le 3 décembre 2025", "2025-12-03", None, "date"),
            fig("le 12 janvier 2026", "2026-01-12", None, "date"),
            fig("1,35 million $", 1350000, "$", "money", currency="CAD"),
            fig("trois ans", 3, "ans", "duration"),
            fig("six conseillères", 6, "conseillères"),
            fig("900 personnes", 900, "personnes"),
            fig("2021", 2021, None, "year"),
            fig("plus de 11 400 personnes", 11400, "personnes", qualifier="plus de"),
            fig("22 %", 22, "%", "percent"),
            fig("cinq ans", 5, "ans", "duration"),
            fig("Près de la moitié", 0.5, None, "other", qualifier="Près de"),
            fig("dix dernières années", 10, "années", "duration"),
            fig("le samedi 17 janvier 2026", "2026-01-17", None, "date"),
            fig("en 1998", 1998, None, "year"),
            fig("quelque 70 000 francophones", 70000, "francophones", qualifier="quelque"),
            fig("38 organismes", 38, "organismes"),
        ],
        phones=[phone("+16047362918", extension="205")],
        emails=["communications@sfco-bc.example.ca"],
        contacts=[contact("Julien Caron-Beaulieu", "Responsable des communications", None, ["+16047362918"],
                          ["communications@sfco-bc.example.ca"])],
        notes="A (made-up) francophone society's release from British Columbia with no defect and no boilerplate at "
              "all (a province the corpus did not have). '$' on a Canadian page is CAD. 'six conseillères et "
              "conseillers': unit 'conseillères' (the head of the first noun). 'le recensement de 2021': the year "
              "(h296-h311). 'au cours des dix dernières années': a duration (as h257's 'cinq dernières années'); 'en "
              "cinq ans': a duration. 'Près de la moitié d’entre elles': a fraction. 'le samedi 17 janvier 2026, de "
              "10 h à 15 h': the date keeps its weekday, the clock range is not a figure; the opening hours and the "
              "street number '10356' are not figures; 'première année', 'premier emploi' are ordinal words. 'la "
              "province de la Colombie-Britannique' finances but is a place (h184-h199 province rule), listed with "
              "iso null although it also stands inside the school board's name; 'Canada' stands only inside the "
              "department's name (not listed). 'la vallée de l’Okanagan' gives 'Okanagan'. 'Fondée en 1998': 'en "
              "1998'. Contact: a block with person, role on its own line (as written, capital R), a 604 number with "
              "'poste 205' (+1) and an address; organisation null (not written in the block).",
    ),
))

# --------------------------------------------------------------------------- h334 French mangrove NGO's English release on Sierra Leone under French chrome
PAGES.append(Page(
    name="h334-mangroves-vivantes-sierra-leone-sherbro-en",
    meta={"site": "www.mangroves-vivantes.example.org", "style": "conservation-ngo-en-under-fr-chrome",
          "language": "en",
          "defects": ["english-page", "english-dateline", "double-space", "menu", "duplicate-lines", "breadcrumb",
                      "share-lines", "donation-block", "cookie-banner", "postcode-trap"]},
    blocks=[
        B("""Aller au contenu
Mangroves Vivantes
Protéger les forêts littorales, avec celles et ceux qui en vivent
Accueil
L’association
Nos projets
Nos projets
Sierra Leone
Madagascar
Guinée
Actualités
Actualités
Nous soutenir
Accueil › Actualités › Sierra Leone
Actualité · 02/12/2025
Cet article est disponible uniquement en anglais."""),
        P("Sierra Leone: 1,200 hectares of mangroves replanted along the Sherbro estuary"),
        P("FREETOWN, Sierra Leone, 2 December 2025 – Coastal communities in Bonthe District have replanted 1,200 "
          "hectares of mangroves along the Sherbro River estuary since 2022, the French conservation NGO Mangroves "
          "Vivantes said on Tuesday, as it launched a second phase of the programme with the Sierra Leone National "
          "Protected Area Authority (NPAA)."),
        P(dbl("Some 4,800 women and men from 37 villages took part in the work, collecting propagules and tending "
              "nurseries. The survival rate of the young trees reached 78%, well above the 50% usually seen in large "
              "replanting schemes in West Africa.", ("nurseries.",))),
        P("“The mangrove is our bank: it protects the village from storms and feeds the fish we sell,” said Fatmata "
          "Kamara, who chairs the women's cooperative of Yoni. Fish catches in replanted creeks rose by about a third "
          "in two years, according to a survey by Njala University."),
        P("Mangroves store up to four times more carbon per hectare than inland tropical forests. Once mature, the "
          "replanted areas should capture about 9,000 tonnes of carbon dioxide a year, the NGO estimates."),
        P("Since 2023, 12 village savings associations set up by the project have lent more than 310,000 leones to "
          "women fish smokers, with a repayment rate of 96%."),
        P("The second phase, budgeted at €2.4 million over four years, is funded by the French Development Agency "
          "(AFD), the Fonds français pour l'environnement mondial (FFEM) and the European Union. It will extend "
          "replanting to the Scarcies estuary in Kambia District and train 60 community rangers."),
        P("Families will also receive improved fish-smoking ovens, which use 60% less mangrove wood. Each oven costs "
          "about 1,500 leones, roughly US$65, and 900 units are planned."),
        P("Sierra Leone has lost an estimated 25% of its mangrove cover since 1990, mainly to firewood cutting, rice "
          "farming and salt production."),
        L("""Media contacts:
In Freetown: Mohamed Sesay, Programme Coordinator, Mangroves Vivantes – +232 76 418 302 – m.sesay@mangroves-vivantes.example.org
In France: Léa Kerhervé, Press Officer – +33 2 98 44 71 26 – presse@mangroves-vivantes.example.org"""),
        B("""Partager : Facebook · LinkedIn · X · E-mail
Soutenez la replantation : 30 € permettent de planter 150 palétuviers. Je fais un don
Ces articles peuvent vous intéresser
Madagascar : 40 pêcheurs formés à la gestion des mangroves de Mahajanga
Guinée : lancement d’un inventaire des palétuviers de l’estuaire du Konkouré
Mangroves Vivantes – 7, quai de la Douane – 29200 Brest – Association loi 1901
Nous utilisons des cookies pour mesurer l’audience du site. Accepter | Refuser
© 2025 Mangroves Vivantes – Mentions légales"""),
    ],
    gold=dict(
        title="Sierra Leone: 1,200 hectares of mangroves replanted along the Sherbro estuary",
        dateline=dl("FREETOWN", "2025-12-02"),
        organisations=[org("Mangroves Vivantes", None),
                       org("Sierra Leone National Protected Area Authority", "NPAA"),
                       org("Njala University", None), org("French Development Agency", "AFD"),
                       org("Fonds français pour l'environnement mondial", "FFEM"), org("European Union", None)],
        places=[place("Sierra Leone", "SL"), place("Sherbro"), place("Freetown"), place("Bonthe"),
                place("West Africa"), place("Yoni"), place("Scarcies"), place("Kambia"), place("France", "FR")],
        figures=[
            fig("1,200 hectares", 1200, "hectares", "other"),
            fig("2 December 2025", "2025-12-02", None, "date"),
            fig("2022", 2022, None, "year"),
            fig("Some 4,800 women", 4800, "women", qualifier="Some"),
            fig("37 villages", 37, "villages"),
            fig("78%", 78, "%", "percent"),
            fig("50%", 50, "%", "percent"),
            fig("about a third", 0.3333, None, "other", qualifier="about"),
            fig("two years", 2, "years", "duration"),
            fig("up to four times", 4, "times", "other", qualifier="up to"),
            fig("about 9,000 tonnes", 9000, "tonnes", "other", qualifier="about"),
            fig("2023", 2023, None, "year"),
            fig("12 village savings associations", 12, "associations"),
            fig("more than 310,000 leones", 310000, "leones", "money", qualifier="more than", currency="SLE"),
            fig("96%", 96, "%", "percent"),
            fig("€2.4 million", 2400000, "€", "money", currency="EUR"),
            fig("four years", 4, "years", "duration"),
            fig("60 community rangers", 60, "rangers"),
            fig("60%", 60, "%", "percent"),
            fig("about 1,500 leones", 1500, "leones", "money", qualifier="about", currency="SLE"),
            fig("US$65", 65, "US$", "money", currency="USD"),
            fig("900 units", 900, "units"),
            fig("25%", 25, "%", "percent"),
            fig("1990", 1990, None, "year"),
        ],
        phones=[phone("+23276418302"), phone("+33298447126")],
        emails=["m.sesay@mangroves-vivantes.example.org", "presse@mangroves-vivantes.example.org"],
        contacts=[contact("Mohamed Sesay", "Programme Coordinator", "Mangroves Vivantes", ["+23276418302"],
                          ["m.sesay@mangroves-vivantes.example.org"]),
                  contact("Léa Kerhervé", "Press Officer", None, ["+33298447126"],
                          ["presse@mangroves-vivantes.example.org"])],
        notes="A (made-up) Brest conservation NGO's English release on Sierra Leone (a country the corpus did not "
              "have) under its French chrome: skip line, site name and slogan, vertical menu with doubled 'Nos "
              "projets' and 'Actualités', breadcrumb, type/date line and the line 'Cet article est disponible "
              "uniquement en anglais.' above the title; at the bottom share line, a donation block (its '30 €' and "
              "'150 palétuviers' are chrome), two French related headlines, footer with a 29200 postcode, cookie "
              "line, copyright: all boilerplate. 'language' is 'en' (the article). One double space between two "
              "sentences; the straight apostrophe of 'women's' and of the French name 'Fonds français pour "
              "l'environnement mondial' beside curly “ ” quotes is kept as written. Dateline 'FREETOWN, Sierra "
              "Leone, 2 December 2025 –': place as written, the country listed, Freetown listed in normal case (its "
              "only other mention is the contact label). 'since 2022' and 'since 1990' give the bare years. 'about a "
              "third' a fraction with 'about'; 'up to four times more carbon': a ratio (unit 'times', qualifier 'up "
              "to', as 'trois fois plus'). '60 community rangers': unit 'rangers', the noun adjunct in the text only "
              "(h200-h215 'alumni companies'); '60%' another text. 'about 1,500 leones': Sierra Leonean leones, SLE "
              "(new currency, unit as written); 'roughly' is not a qualifier. 'per hectare' and 'a year' stay out. "
              "Rivers and districts are listed by their proper names ('Sherbro', 'Scarcies', 'Bonthe', 'Kambia'), "
              "'Yoni' a place; 'West Africa' a region (iso null). The French body named in French inside an "
              "English text keeps its French long form (h184-h199). Contacts: two English lines with place labels "
              "('In Freetown:', 'In France:', places giving the numbers' countries), a Sierra Leonean mobile (+232, "
              "new code) and a Brest landline.",
    ),
))

# --------------------------------------------------------------------------- h335 UN refugee agency in Togo: two cp1252 paragraphs, a glued subheading, English UN ticker, three contacts
PAGES.append(Page(
    name="h335-hcr-togo-savanes-enregistrement-demandeurs-asile",
    meta={"site": "www.hcr-togo.example.org", "style": "un-agency-country-release",
          "defects": ["mojibake-cp1252", "heading-glued", "menu", "duplicate-lines", "breadcrumb", "share-lines",
                      "foreign-ticker", "cookie-banner", "postcode-trap"]},
    blocks=[
        B("""Passer au contenu principal
HCR – L’Agence des Nations Unies pour les réfugiés
Togo
Français | English
Qui nous sommes
Nos activités
Nos activités
Actualités
Actualités
Données
Faire un don
Accueil › Actualités › Communiqués de presse
Communiqué de presse | 1 décembre 2025
Partager | Imprimer | Télécharger en PDF"""),
        P("Togo : le HCR et les autorités enregistrent 12 500 demandeurs d’asile burkinabè dans la région des Savanes"),
        P("Dapaong, le 1er décembre 2025 – Le Haut-Commissariat des Nations Unies pour les réfugiés (HCR) et la "
          "Coordination nationale d’assistance aux réfugiés (CNAR) ont achevé l’enregistrement biométrique de 12 500 "
          "demandeurs d’asile venus du Burkina Faso et installés dans les préfectures de Kpendjal, de Tône et de "
          "Cinkassé, dans l’extrême nord du Togo."),
        P("Au total, 61 % des personnes enregistrées sont des enfants et 23 % des femmes. Plus de 80 % d’entre elles "
          "vivent dans des familles d’accueil, dont les ressources sont aujourd’hui épuisées. Quelque 3 400 personnes "
          "sont hébergées sur le site de Tantigou, ouvert en mars 2024, qui a atteint sa capacité maximale."),
        P("« L’enregistrement nous permet de connaître chaque famille, ses besoins, ses vulnérabilités. C’est la "
          "condition pour que l’aide arrive aux bonnes personnes, et pour que les enfants puissent obtenir des "
          "documents d’état civil », a déclaré la représentante du HCR au Togo, Mariam Ouédraogo-Kané, lors d’une "
          "visite à Dapaong avec le préfet de Tône.", moji="cp1252"),
        P("Des besoins largement sous-financés"),
        P("Le plan de réponse du HCR pour le Togo, chiffré à 14,8 millions de dollars pour 2025, n’est financé qu’à "
          "29 %. Faute de moyens, la ration alimentaire distribuée avec le Programme alimentaire mondial (PAM) a été "
          "réduite de moitié depuis septembre, et seuls 1 150 des 4 300 enfants en âge scolaire sont inscrits à "
          "l’école.", moji="cp1252", glue=True),
        P("Le HCR appelle les bailleurs à soutenir l’agrandissement du site de Tantigou, la construction de 12 salles "
          "de classe et le forage de 20 points d’eau. L’Union européenne a annoncé la semaine dernière une "
          "contribution de 2 millions d’euros, et la Suisse, par sa Direction du développement et de la coopération "
          "(DDC), un appui de 750 000 francs suisses."),
        P("Dans les villages d’accueil, le HCR a distribué depuis juillet 2 600 kits d’articles ménagers et financé 85 "
          "activités génératrices de revenus pour des femmes réfugiées et togolaises, afin de soulager les familles "
          "qui partagent leurs maisons et leurs champs."),
        P("Depuis 2022, le Togo a accueilli plus de 58 000 personnes fuyant les violences au Burkina Faso, selon les "
          "autorités. Le pays a maintenu ses frontières ouvertes et délivré 9 200 attestations de demandeur d’asile "
          "cette année."),
        L("""Contacts presse :
À Lomé : Kossi Amegbor, assistant chargé de la communication, +228 90 12 47 35, amegbor@unhcr.org
À Dakar : Anne-Sophie Mbaye, chargée de communication régionale, +221 77 639 12 84, mbayea@unhcr.org
À Genève : Rachid Belkacem, porte-parole, +41 79 217 44 05, belkacem@unhcr.org"""),
        B("""Sur le même sujet
Burkina Faso : le HCR alerte sur la situation des déplacés dans l’Est (14 novembre 2025)
Togo : 1 200 abris familiaux construits dans la région des Savanes (28 octobre 2025)
UN News ▸ Sudan: UNHCR scales up aid in Darfur · Sahel: record displacement in 2025 · Haiti: cholera fears in shelters
Bureau du HCR au Togo – 255, rue des Hydrocarbures, BP 3290 Lomé – Tél. : +228 22 21 47 83
Ce site utilise des cookies. En poursuivant votre navigation, vous acceptez leur utilisation. OK
© HCR 2025 – Conditions d’utilisation – Protection des données"""),
    ],
    gold=dict(
        title="Togo : le HCR et les autorités enregistrent 12 500 demandeurs d’asile burkinabè dans la région des "
              "Savanes",
        dateline=dl("Dapaong", "2025-12-01"),
        organisations=[org("Haut-Commissariat des Nations Unies pour les réfugiés", "HCR"),
                       org("Coordination nationale d’assistance aux réfugiés", "CNAR"),
                       org("Programme alimentaire mondial", "PAM"), org("Union européenne", None),
                       org("Direction du développement et de la coopération", "DDC")],
        places=[place("Togo", "TG"), place("Savanes"), place("Dapaong"), place("Burkina Faso", "BF"),
                place("Kpendjal"), place("Tône"), place("Cinkassé"), place("Tantigou"), place("Suisse", "CH"),
                place("Lomé"), place("Dakar"), place("Genève")],
        figures=[
            fig("12 500 demandeurs", 12500, "demandeurs"),
            fig("le 1er décembre 2025", "2025-12-01", None, "date"),
            fig("61 %", 61, "%", "percent"),
            fig("23 %", 23, "%", "percent"),
            fig("Plus de 80 %", 80, "%", "percent", qualifier="Plus de"),
            fig("Quelque 3 400 personnes", 3400, "personnes", qualifier="Quelque"),
            fig("mars 2024", 2024, None, "year"),
            fig("14,8 millions de dollars", 14800000, "dollars", "money", currency="USD"),
            fig("2025", 2025, None, "year"),
            fig("29 %", 29, "%", "percent"),
            fig("moitié", 0.5, None, "other"),
            fig("1 150", 1150, None),
            fig("4 300 enfants", 4300, "enfants"),
            fig("12 salles", 12, "salles"),
            fig("20 points", 20, "points"),
            fig("2 millions d’euros", 2000000, "euros", "money", currency="EUR"),
            fig("750 000 francs suisses", 750000, "francs suisses", "money", currency="CHF"),
            fig("2 600 kits", 2600, "kits"),
            fig("85 activités", 85, "activités"),
            fig("2022", 2022, None, "year"),
            fig("plus de 58 000 personnes", 58000, "personnes", qualifier="plus de"),
            fig("9 200 attestations", 9200, "attestations"),
        ],
        phones=[phone("+22890124735"), phone("+221776391284"), phone("+41792174405")],
        emails=["amegbor@unhcr.org", "mbayea@unhcr.org", "belkacem@unhcr.org"],
        contacts=[contact("Kossi Amegbor", "assistant chargé de la communication", None, ["+22890124735"],
                          ["amegbor@unhcr.org"]),
                  contact("Anne-Sophie Mbaye", "chargée de communication régionale", None, ["+221776391284"],
                          ["mbayea@unhcr.org"]),
                  contact("Rachid Belkacem", "porte-parole", None, ["+41792174405"], ["belkacem@unhcr.org"])],
        notes="The UN refugee agency's country release (real body, made-up host, invented news and people) in a "
              "UN country-site shape: skip line, agency name line, country line, language line, vertical menu with "
              "doubled 'Nos activités' and 'Actualités', breadcrumb, type/date line and a share/print/PDF line above "
              "the title; at the bottom 'Sur le même sujet' with two dated headlines, an English 'UN News ▸' ticker "
              "(foreign-ticker), the office footer with street number, BP box and switchboard, a cookie line and the "
              "copyright line: all boilerplate. The quote paragraph and the funding paragraph are UTF-8 read as "
              "cp1252 ('lâ€™aide', 'Â«', 'rÃ©duite'), the rest clean; the subheading 'Des besoins largement "
              "sous-financés' is glued to the (mojibaked) paragraph after it. Dateline 'Dapaong, le 1er décembre 2025 "
              "–'. 'réduite de moitié': a fraction 'moitié' (h232-h247 'réduire de moitié'). 'seuls 1 150 des 4 300 "
              "enfants': '1 150' (unit null) and '4 300 enfants' (h296-h311 'Trois des sept forages'). 'pour 2025' "
              "gives '2025'; 'Depuis 2022' gives '2022'; 'depuis juillet', 'depuis septembre', 'cette année', 'la "
              "semaine dernière' are not figures. 'burkinabè' and 'togolaises' are adjectives. The Swiss cooperation "
              "agency is listed under its long form with acronym and 'la Suisse' (acting through it) as a place; "
              "'les autorités', 'le préfet de Tône' generic/role; 'Tône' is a prefecture (place). The region of the "
              "title 'région des Savanes' gives 'Savanes'. Contacts: three lines with place labels ('À Lomé :', 'À "
              "Dakar :', 'À Genève :', places, not organisations, README), each a person with role, a mobile of the "
              "label's country and an unhcr.org address (invented mailboxes).",
    ),
))

# --------------------------------------------------------------------------- h336 regional food-security body's PDF as plain text: letterhead, two-line title, right-aligned dateline, hyphenation, ligatures, footnote digit, a layout-mode table, a page break inside a paragraph
H336_P1 = ("Réunis à Lomé du 24 au 28 novembre 2025, les experts du dispositif régional de "
           "prévention et de gestion des crises alimentaires ont validé les résultats de l’analyse du Cadre "
           "harmonisé pour les 17 pays du Sahel et de l’Afrique de l’Ouest, ainsi que pour le Cameroun. La "
           "rencontre était organisée par le Comité permanent inter-États de lutte contre la sécheresse dans le "
           "Sahel (CILSS), avec l’appui de la Communauté économique des États de l’Afrique de "
           "l’Ouest (CEDEAO) et de l’Union économique et monétaire ouest-africaine (UEMOA).")
H336_P2 = ("En période courante, d’octobre à décembre 2025, 34,6 millions de personnes sont en phase 3 (Crise) ou "
           "plus. Sans action appropriée, ce nombre pourrait atteindre 47,2 millions pendant la "
           "soudure, de juin à août 2026, dont 2,9 millions en phase 4 (Urgence) et quelque 2 600 personnes en phase "
           "5 (Catastrophe) dans le centre du Mali[[1||¹]].")
H336_P3 = ("Les pays les plus touchés sont le Nigeria (30,6 millions de personnes en phase 3 ou plus pendant la "
           "soudure), le Tchad (3,7 millions), le Niger (2,8 millions), le Burkina Faso (2,6 millions) et le Mali "
           "(1,5 million). Cette dégradation s’explique par la persistance de l’insécurité, les " + "déplacements de populations, la hausse des prix des denrées, la chute des flux commerciaux avec les pays côtiers et les inondations, qui ont touché plus de 5,1 "
           "millions de personnes dans la région en 2025.")
H336_P4A = ("Les experts recommandent de mettre en œuvre sans délai les plans nationaux de réponse, de reconstituer "
            "les stocks de sécurité alimentaire afin de renforcer l’assistance aux 6,8 millions de")
H336_P4B = ("personnes déplacées internes de la région. La Réserve régionale de sécurité alimentaire de la CEDEAO ne "
            "dispose actuellement que de 41 600 tonnes de céréales, soit moins d’un tiers de son objectif de "
            "140 000 tonnes.")
H336_P5 = ("Le CILSS alerte en particulier sur la situation nutritionnelle : 16,4 millions d’enfants de 6 à 59 mois "
           "souffriront de malnutrition aiguë en 2026, dont 4,9 millions sous sa forme sévère. Les ministres en "
           "charge de l’agriculture et de l’alimentation examineront ces résultats le 16 décembre à Abuja, lors de "
           "la réunion restreinte du Réseau de prévention des crises alimentaires (RPCA), qui devra aussi se prononcer sur le financement des plans de réponse.")
H336_TABLE = [("Pays", "Oct.-déc. 2025", "Juin-août 2026"), ("Nigeria", "22,4", "30,6"), ("Tchad", "2,4", "3,7"),
              ("Niger", "1,9", "2,8"), ("Burkina Faso", "1,8", "2,6"), ("Mali", "1,1", "1,5"),
              ("Total région", "34,6", "47,2")]


def h336_table():
    raw = ["Tableau 1 : Personnes en phase 3 ou plus, en millions"]
    raw += [f"{a:<22}{b:>16}{c:>20}" for a, b, c in H336_TABLE]
    raw.append("Source : CILSS, Cadre harmonisé, novembre 2025")
    clean = ["Tableau 1 : Personnes en phase 3 ou plus, en millions"]
    clean += [f"{a} {b} {c}" for a, b, c in H336_TABLE]
    clean.append("Source : CILSS, Cadre harmonisé, novembre 2025")
    return "\n".join(raw), "\n".join(clean)


def xpdf(marked, seed, width=94):
    return X(pdflines(marked, width, seed, lig=True), side(marked, 1))


H336_FOOT = "CILSS – Communiqué de presse – Cadre harmonisé, novembre 2025" + " " * 30

PAGES.append(Page(
    name="h336-cilss-cadre-harmonise-novembre-2025-pdf",
    meta={"site": "www.cilss-sahel.example.int", "style": "regional-body-pdf-text-layout-table",
          "defects": ["hard-wrap", "pdf-hyphenation", "stray-unicode-ligature", "pdf-footnote-digit", "table-cells",
                      "page-furniture", "postcode-trap"]},
    blocks=[
        B("""Comité permanent inter-États de lutte contre la sécheresse dans le Sahel
CILSS
Secrétariat exécutif – 03 BP 7049 Ouagadougou 03 – Burkina Faso
Tél. : +226 25 37 41 00 – www.cilss-sahel.example.int
COMMUNIQUÉ DE PRESSE"""),
        X("          Cadre harmonisé de novembre 2025 : 47,2 millions de personnes\n"
          "      menacées d’insécurité alimentaire pendant la soudure 2026",
          "Cadre harmonisé de novembre 2025 : 47,2 millions de personnes menacées d’insécurité alimentaire pendant la "
          "soudure 2026"),
        X(" " * 66 + "Lomé, le 28 novembre 2025", "Lomé, le 28 novembre 2025"),
        xpdf(H336_P1, "h336a"),
        xpdf(H336_P2, "h336b"),
        xpdf(H336_P3, "h336c"),
        X(*h336_table()),
        X(pdflines(H336_P4A, 94, "h336d", lig=True), H336_P4A + " " + H336_P4B),
        X("1 Cercles de Ménaka et d’Ansongo, où l’accès humanitaire reste très limité.",
          "¹ Cercles de Ménaka et d’Ansongo, où l’accès humanitaire reste très limité."),
        B(H336_FOOT + "Page 1 sur 2\n"
          "Comité permanent inter-États de lutte contre la sécheresse dans le Sahel (CILSS)"),
        X(pdflines(H336_P4B, 94, "h336e", lig=True), ""),
        xpdf(H336_P5, "h336f"),
        X("Contacts presse\n"
          "Cellule communication du CILSS : Aminata Traoré-Sidibé, +226 25 37 41 25 / 70 28 14 63,\n"
          "aminata.traore@cilss-sahel.example.int\n"
          "Centre régional AGRHYMET (Niamey) : Issa Moumouni, +227 20 31 53 16, i.moumouni@agrhymet.example.ne",
          "Contacts presse\n"
          "Cellule communication du CILSS : Aminata Traoré-Sidibé, +226 25 37 41 25 / 70 28 14 63, "
          "aminata.traore@cilss-sahel.example.int\n"
          "Centre régional AGRHYMET (Niamey) : Issa Moumouni, +227 20 31 53 16, i.moumouni@agrhymet.example.ne"),
        B(H336_FOOT + "Page 2 sur 2"),
    ],
    gold=dict(
        title="Cadre harmonisé de novembre 2025 : 47,2 millions de personnes menacées d’insécurité alimentaire pendant "
              "la soudure 2026",
        dateline=dl("Lomé", "2025-11-28"),
        organisations=[org("Comité permanent inter-États de lutte contre la sécheresse dans le Sahel", "CILSS"),
                       org("Communauté économique des États de l’Afrique de l’Ouest", "CEDEAO"),
                       org("Union économique et monétaire ouest-africaine", "UEMOA"),
                       org("Réseau de prévention des crises alimentaires", "RPCA"),
                       org("Centre régional AGRHYMET", None)],
        places=[place("Lomé"), place("Sahel"), place("Afrique de l’Ouest"), place("Cameroun", "CM"),
                place("Mali", "ML"), place("Nigeria", "NG"), place("Tchad", "TD"), place("Niger", "NE"),
                place("Burkina Faso", "BF"), place("Ménaka"), place("Ansongo"), place("Abuja"), place("Niamey")],
        figures=[
            fig("novembre 2025", 2025, None, "year"),
            fig("47,2 millions de personnes", 47200000, "personnes"),
            fig("2026", 2026, None, "year"),
            fig("le 28 novembre 2025", "2025-11-28", None, "date"),
            fig("24", "2025-11-24", None, "date"),
            fig("28 novembre 2025", "2025-11-28", None, "date"),
            fig("17 pays", 17, "pays"),
            fig("décembre 2025", 2025, None, "year"),
            fig("34,6 millions de personnes", 34600000, "personnes"),
            fig("3", 3, None, "other"),
            fig("47,2 millions", 47200000, None),
            fig("août 2026", 2026, None, "year"),
            fig("2,9 millions", 2900000, None),
            fig("4", 4, None, "other"),
            fig("quelque 2 600 personnes", 2600, "personnes", qualifier="quelque"),
            fig("5", 5, None, "other"),
            fig("30,6 millions de personnes", 30600000, "personnes"),
            fig("3,7 millions", 3700000, None),
            fig("2,8 millions", 2800000, None),
            fig("2,6 millions", 2600000, None),
            fig("1,5 million", 1500000, None),
            fig("plus de 5,1 millions de personnes", 5100000, "personnes", qualifier="plus de"),
            fig("en 2025", 2025, None, "year"),
            fig("déc. 2025", 2025, None, "year"),
            fig("22,4", 22400000, None),
            fig("30,6", 30600000, None),
            fig("2,4", 2400000, None),
            fig("3,7", 3700000, None),
            fig("1,9", 1900000, None),
            fig("2,8", 2800000, None),
            fig("1,8", 1800000, None),
            fig("2,6", 2600000, None),
            fig("1,1", 1100000, None),
            fig("1,5", 1500000, None),
            fig("34,6", 34600000, None),
            fig("47,2", 47200000, None),
            fig("6,8 millions de personnes", 6800000, "personnes"),
            fig("41 600 tonnes", 41600, "tonnes", "other"),
            fig("moins d’un tiers", 0.3333, None, "other", qualifier="moins d’"),
            fig("140 000 tonnes", 140000, "tonnes", "other"),
            fig("16,4 millions d’enfants", 16400000, "enfants"),
            fig("6", 6, None, "age"),
            fig("59 mois", 59, "mois", "age"),
            fig("en 2026", 2026, None, "year"),
            fig("4,9 millions", 4900000, None),
            fig("le 16 décembre", "--12-16", None, "date"),
        ],
        phones=[phone("+22625374125"), phone("+22670281463"), phone("+22720315316")],
        emails=["aminata.traore@cilss-sahel.example.int", "i.moumouni@agrhymet.example.ne"],
        contacts=[contact("Aminata Traoré-Sidibé", None, "Cellule communication du CILSS",
                          ["+22625374125", "+22670281463"], ["aminata.traore@cilss-sahel.example.int"]),
                  contact("Issa Moumouni", None, "Centre régional AGRHYMET", ["+22720315316"],
                          ["i.moumouni@agrhymet.example.ne"])],
        notes="A regional food-security body's press release (the CILSS, a real body, with invented figures and "
              "people) as a PDF dumped to plain text. Boilerplate: the letterhead above the title of a PDF without "
              "CMS title (long form, acronym, BP box with its town, switchboard, site, the 'COMMUNIQUÉ DE PRESSE' "
              "label: h56-h71, h152-h167), the running footer with 'Page n sur 2' and the second page's running "
              "header. The title is centred over two lines (one clean line), the dateline right-aligned on its own "
              "line. Lines wrapped at about 94 columns (joined), hyphenation at line ends joined ('harmo-⏎nisé', "
              "'l’insé-⏎curité', 'ali-⏎mentaires'), fi/fl ligatures expanded ('ﬂux', 'aﬁn', 'ﬁnancement'). The "
              "footnote mark after 'Mali' was flattened to a plain '1' ('Mali1.') and comes back as '¹', as the "
              "footnote's own mark (h136-h151); the footnote stands at the bottom of the first page, after the first "
              "half of the paragraph cut by the page break: decided, the cut paragraph is one clean line where it "
              "starts and the footnote line follows it. The table is extracted in layout mode, one raw line a row "
              "with cells aligned by runs of spaces (new shape): each row is one clean line, cells joined by a single "
              "space (h136-h151 'table-cells' rule, header row too); the caption and the 'Source :' line are "
              "article lines; 'Tableau 1' is not a figure. Decided: the cells are counts with unit null and the "
              "value the caption's scale gives ('en millions': '22,4' = 22 400 000), one entry per distinct text "
              "(so '30,6' and '30,6 millions de personnes' are two texts); the head 'Oct.-déc. 2025' gives the "
              "month-year 'déc. 2025' ('Oct.' alone is not a figure) and 'Juin-août 2026' the text 'août 2026' "
              "already listed. Food-insecurity phases are levels (text '3', '4', '5', kind other, h200-h215). "
              "'d’octobre à décembre 2025', 'de juin à août 2026': the month-years of the second bounds. 'du 24 au "
              "28 novembre 2025': '24' (2025-11-24) and '28 novembre 2025' (another text than the dateline's 'le 28 "
              "novembre 2025'). 'de 6 à 59 mois': '6' (age, unit null) and '59 mois'. 'moins d’un tiers': a fraction "
              "with the contracted qualifier 'moins d’' (as 'près d’'). 'la soudure 2026' (title) gives '2026', 'en "
              "2026' another text. The Cadre harmonisé (an analysis framework, h200-h215 IPC rule) and the 'Réserve "
              "régionale de sécurité alimentaire de la CEDEAO' (a stock, not a body) are not organisations; the RPCA "
              "(a real network) is. 'Sahel' is a place although it stands inside the CILSS's name. Contacts: a "
              "communication cell of the body (organisation as written) with a Ouagadougou landline and a second "
              "number without code after '/' (a Burkinabè mobile, +226); a specialised centre named only in its "
              "contact line (listed, h168-h183) with its city in brackets (Niamey a place) and a Niamey landline.",
    ),
))

# --------------------------------------------------------------------------- h337 Belgian embassy in Kigali, browser print view: print header/footer twice, a page break inside a paragraph, a double space
H337_TITLE = "La Belgique et le Rwanda signent un programme de coopération de 95 millions d’euros pour 2026-2030"
H337_HEAD = "02/12/2025 11:47" + " " * 24 + H337_TITLE + " | La Belgique au Rwanda"
H337_URL = ("https://rwanda.diplomatie-belge.example.be/fr/actualites/belgique-rwanda-programme-cooperation-2026-2030"
            + " " * 8)
H337_P4A = ("Depuis 2019, la coopération belge a contribué à construire ou réhabiliter 63 centres de santé et à former "
            "plus de 8 200 enseignants du primaire dans les districts de Nyamagabe et de Nyaruguru. Le précédent "
            "programme, d’un montant de 80 millions d’euros, a été exécuté à 97 %,")
H337_P4B = ("selon le rapport d’évaluation publié en octobre par le Service public fédéral Affaires étrangères, qui "
            "souligne la baisse de moitié de la mortalité maternelle dans les zones appuyées.")

PAGES.append(Page(
    name="h337-ambassade-belgique-kigali-programme-cooperation-print",
    meta={"site": "rwanda.diplomatie-belge.example.be", "style": "embassy-release-browser-print-view",
          "defects": ["print-furniture", "double-space", "menu", "breadcrumb", "share-lines", "postcode-trap"]},
    blocks=[
        B(H337_HEAD + "\n"
          "Nederlands | Français | English\n"
          "La Belgique au Rwanda\n"
          "Ambassade de Belgique à Kigali\n"
          "Accueil | L’ambassade | Services consulaires | Coopération | Actualités | Contact\n"
          "Accueil > Actualités > Communiqués de presse\n"
          "Communiqué de presse – 2 décembre 2025"),
        P(H337_TITLE),
        P("Kigali, le 2 décembre 2025 – Le ministre belge de la Coopération au développement et le ministre rwandais "
          "des Finances et de la Planification économique ont signé ce mardi à Kigali le nouveau programme de "
          "coopération bilatérale entre la Belgique et le Rwanda, doté de 95 millions d’euros pour la période "
          "2026-2030. Sa mise en œuvre sera confiée à Enabel, l’agence belge de développement, en partenariat avec "
          "les institutions rwandaises."),
        P("Le programme se concentre sur trois secteurs : la santé, en particulier la formation de 1 400 sages-femmes "
          "et infirmières ; l’agriculture, avec l’appui à 52 000 petits producteurs de la filière horticole ; et le "
          "développement urbain, à travers l’aménagement de 18 kilomètres de voirie et de drainage dans les villes "
          "secondaires de Huye, Musanze et Rubavu."),
        P("Dans le secteur de la santé, le programme financera aussi l’équipement de 14 hôpitaux de district en "
          "matériel d’obstétrique d’urgence et la construction d’une école de sages-femmes à Huye, qui pourra "
          "accueillir 320 étudiantes à partir de la rentrée de septembre 2027."),
        P(dbl("« Ce programme traduit la confiance entre nos deux pays. Il mise sur les compétences des jeunes et des "
              "femmes, qui sont l’avenir du Rwanda », a déclaré l’ambassadrice de Belgique au Rwanda, Catherine "
              "Vandenberghe, lors de la cérémonie.  Le ministre rwandais a salué « un partenariat aligné sur nos "
              "priorités nationales ».".replace(".  Le", ". Le"), ("cérémonie.",))),
        X(H337_P4A, H337_P4A + " " + H337_P4B),
        B(H337_URL + "1/2\n" + H337_HEAD),
        X(H337_P4B, ""),
        P("Un premier décaissement de 12,5 millions d’euros, soit environ 21,4 milliards de francs rwandais, est prévu "
          "au premier trimestre 2026. Le Rwanda s’engage pour sa part à apporter une contribution de 7 millions "
          "d’euros sur cinq ans, notamment pour la rémunération des sages-femmes formées."),
        P("La Belgique est l’un des principaux partenaires bilatéraux du Rwanda, avec une aide cumulée de plus de "
          "1,1 milliard d’euros depuis 1962."),
        L("""Contact presse
Ambassade de Belgique à Kigali – Section coopération
Nathalie Dubois-Mukamana, attachée de presse
Tél. : +250 252 575 551 – Mobile : +250 788 304 612
kigali.presse@diplobel.example.be"""),
        B("Partager : Facebook | X | LinkedIn | E-mail\n"
          "Ambassade de Belgique – Rue Nyarugenge KN 3 Ave, B.P. 81 Kigali – Tél. : +250 252 575 550\n"
          "© 2025 SPF Affaires étrangères, Commerce extérieur et Coopération au développement – Vie privée\n"
          + H337_URL + "2/2"),
    ],
    gold=dict(
        title=H337_TITLE,
        dateline=dl("Kigali", "2025-12-02"),
        organisations=[org(None, "Enabel"), org("Service public fédéral Affaires étrangères", None)],
        places=[place("Belgique", "BE"), place("Rwanda", "RW"), place("Kigali"), place("Huye"), place("Musanze"),
                place("Rubavu"), place("Nyamagabe"), place("Nyaruguru")],
        figures=[
            fig("95 millions d’euros", 95000000, "euros", "money", currency="EUR"),
            fig("2026", 2026, None, "year"),
            fig("2030", 2030, None, "year"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("trois secteurs", 3, "secteurs"),
            fig("1 400 sages-femmes", 1400, "sages-femmes"),
            fig("52 000 petits producteurs", 52000, "producteurs"),
            fig("18 kilomètres", 18, "kilomètres", "other"),
            fig("14 hôpitaux", 14, "hôpitaux"),
            fig("320 étudiantes", 320, "étudiantes"),
            fig("septembre 2027", 2027, None, "year"),
            fig("deux pays", 2, "pays"),
            fig("2019", 2019, None, "year"),
            fig("63 centres", 63, "centres"),
            fig("plus de 8 200 enseignants", 8200, "enseignants", qualifier="plus de"),
            fig("80 millions d’euros", 80000000, "euros", "money", currency="EUR"),
            fig("97 %", 97, "%", "percent"),
            fig("moitié", 0.5, None, "other"),
            fig("12,5 millions d’euros", 12500000, "euros", "money", currency="EUR"),
            fig("environ 21,4 milliards de francs rwandais", 21400000000, "francs rwandais", "money",
                qualifier="environ", currency="RWF"),
            fig("7 millions d’euros", 7000000, "euros", "money", currency="EUR"),
            fig("cinq ans", 5, "ans", "duration"),
            fig("plus de 1,1 milliard d’euros", 1100000000, "euros", "money", qualifier="plus de", currency="EUR"),
            fig("1962", 1962, None, "year"),
        ],
        phones=[phone("+250252575551"), phone("+250788304612")],
        emails=["kigali.presse@diplobel.example.be"],
        contacts=[contact("Nathalie Dubois-Mukamana", "attachée de presse",
                          "Ambassade de Belgique à Kigali – Section coopération", ["+250252575551", "+250788304612"],
                          ["kigali.presse@diplobel.example.be"])],
        notes="A Belgian embassy's release on Rwanda (made-up host and people, invented programme figures) printed "
              "from a browser: the print header (print date and time, page title with the site name) stands at the "
              "top and again after the page break, the print footer (URL and '1/2', '2/2') after each page; with the "
              "printed site lines (language line, site name, embassy line, one-line menu, breadcrumb, type/date "
              "line, share line, address with B.P. box and switchboard, the ministry's copyright line) all "
              "boilerplate (print-furniture, h136-h151). The page break falls inside the fourth paragraph, between "
              "'exécuté à 97 %,' and 'selon le rapport': one clean line. The print header repeats the title: "
              "furniture, not a second copy. One double space between two sentences of the quote paragraph. 'pour "
              "2026-2030' / 'pour la période 2026-2030': decided, the programme's period (not part of a name) gives "
              "two year figures '2026' and '2030' (as a season), one text each for title and body; 'au premier "
              "trimestre 2026' gives '2026' again (one text). 'la baisse de moitié': a fraction. 'environ 21,4 "
              "milliards de francs rwandais': RWF, unit as written. '52 000 petits producteurs': unit "
              "'producteurs', the adjective before it in the text. 'Enabel, l’agence belge de développement': the "
              "apposition is a description, not a name (h200-h215 'the German development agency GIZ'): acronym "
              "'Enabel' only. The federal ministry named as the evaluation's author is listed under the body's "
              "written name; its longer name in the copyright line is chrome. 'ministre belge ...', 'ministre "
              "rwandais ...', 'ambassadrice de Belgique au Rwanda' are roles; 'les institutions rwandaises' generic. "
              "The embassy appears only in the contact block and the chrome: not listed (h280-h295 doubt h295); its "
              "label with the section is the contact's organisation as written. Rwandan numbers: a Kigali landline "
              "(+250 252 ...) and a mobile (+250 788 ...).",
    ),
))

# --------------------------------------------------------------------------- h338 Québec NGO's appeal for eastern Chad on an old CMS: 70-column wraps with a split number, œ and ’ dropped, '- 30 -', a toll-free number
PAGES.append(Page(
    name="h338-ssq-tchad-iriba-eau-refugies-appel",
    meta={"site": "www.solidarite-sahel-quebec.example.qc.ca", "style": "quebec-ngo-old-cms-hard-wrap",
          "defects": ["hard-wrap", "wrapped-number", "lost-oe", "lost-apostrophe", "menu", "breadcrumb",
                      "cms-footer", "share-lines", "postcode-trap"]},
    wrap=70,
    blocks=[
        B("""Solidarité Sahel Québec
Ensemble pour l’eau, la santé et la dignité au Sahel depuis 2008
Accueil - Qui sommes-nous - Nos projets - Nouvelles - Faire un don - Nous joindre
Vous êtes ici : Accueil > Nouvelles > Tchad"""),
        P("Tchad : à Iriba, l’eau manque pour 46 000 réfugiés et leurs hôtes", nowrap=True),
        B("Mis en ligne le 2 décembre 2025 - 1 248 lectures - Imprimer - Envoyer à un ami"),
        P("Montréal, le 2 décembre 2025 – Solidarité Sahel Québec (SSQ) lance un appel d’urgence de 450 000 $ pour "
          "venir en aide aux réfugiés soudanais et aux familles d’accueil de la région d’Iriba, dans la province du "
          "Wadi Fira, dans l’est du Tchad. Au cœur de la crise : l’accès à l’eau potable, devenu critique depuis la "
          "fin de la saison des pluies.", oe="drop"),
        P("Depuis avril, quelque 46 000 personnes ont franchi la frontière pour s’installer dans les camps de Touloum "
          "et d’Iridimi, qui n’avaient été conçus que pour 30 000 personnes. Chaque réfugié n’y dispose plus que de "
          "7 litres d’eau par jour en moyenne, contre un minimum de 15 litres recommandé par les normes humanitaires "
          "internationales.", apos="drop"),
        P("Notre partenaire local, l’Association tchadienne pour l’eau et le développement (ATED), a réhabilité 9 "
          "forages depuis septembre, mais 14 pompes sont toujours en panne faute de pièces de rechange. Les femmes et "
          "les filles marchent parfois plus de 6 kilomètres pour remplir leurs bidons, souvent au péril de leur "
          "sécurité.", apos="drop"),
        P("« Nous voyons arriver chaque semaine des familles épuisées, qui ont marché pendant des jours. Sans eau, la "
          "diarrhée et la malnutrition vont exploser chez les enfants », témoigne Hawa Abakar Mahamat, coordonnatrice "
          "de l’ATED à Iriba, jointe par téléphone."),
        P("Les fonds recueillis permettront de remettre en service les 14 pompes, de forer 4 nouveaux puits équipés "
          "de pompes solaires et de distribuer 2⏎500 kits d’hygiène comprenant jerricans, savon et comprimés de "
          "purification. Chaque don de 60 $ permet de fournir un kit à une famille pour trois mois."),
        P("Le gouvernement du Canada, par l’entremise d’Affaires mondiales Canada, versera un montant équivalent à "
          "chaque dollar donné par les particuliers jusqu’au 31 janvier 2026, dans la limite de 200 000 $."),
        P("SSQ intervient au Tchad depuis 2008 avec ses partenaires locaux dans les domaines de l’eau, de "
          "l’assainissement et de la sécurité alimentaire. En 2024, ses projets ont bénéficié à plus de 120 000 "
          "personnes au Tchad, au Burkina Faso et au Niger."),
        L("""Pour faire un don : www.solidarite-sahel-quebec.example.qc.ca/don ou 1 866 521-4470 (sans frais)
- 30 -
Source : Solidarité Sahel Québec
Renseignements :
Geneviève Roy-Tremblay, responsable des communications
514 521-4470, poste 227 / cellulaire : 438 882-1095
communications@ssq.example.qc.ca"""),
        B("""Retour aux nouvelles
Autres nouvelles
- Burkina Faso : 12 forages inaugurés dans la province du Soum (18 novembre 2025)
- Montréal : souper-bénéfice du 17e anniversaire, un succès (3 novembre 2025)
Solidarité Sahel Québec - 1275, rue Rachel Est, Montréal (Québec) H2J 2J9 - Numéro d’organisme de bienfaisance : 87412 3309 RR0001
Site propulsé par PHP-Nuke - Conception : Studio Orange - Administration"""),
    ],
    gold=dict(
        title="Tchad : à Iriba, l’eau manque pour 46 000 réfugiés et leurs hôtes",
        dateline=dl("Montréal", "2025-12-02"),
        organisations=[org("Solidarité Sahel Québec", "SSQ"),
                       org("Association tchadienne pour l’eau et le développement", "ATED"),
                       org("gouvernement du Canada", None), org("Affaires mondiales Canada", None)],
        places=[place("Tchad", "TD"), place("Iriba"), place("Montréal"), place("Wadi Fira"), place("Touloum"),
                place("Iridimi"), place("Burkina Faso", "BF"), place("Niger", "NE")],
        figures=[
            fig("46 000 réfugiés", 46000, "réfugiés"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("450 000 $", 450000, "$", "money", currency="CAD"),
            fig("quelque 46 000 personnes", 46000, "personnes", qualifier="quelque"),
            fig("30 000 personnes", 30000, "personnes"),
            fig("7 litres", 7, "litres", "other"),
            fig("15 litres", 15, "litres", "other"),
            fig("9 forages", 9, "forages"),
            fig("14 pompes", 14, "pompes"),
            fig("plus de 6 kilomètres", 6, "kilomètres", "other", qualifier="plus de"),
            fig("4 nouveaux puits", 4, "puits"),
            fig("2 500 kits", 2500, "kits"),
            fig("60 $", 60, "$", "money", currency="CAD"),
            fig("trois mois", 3, "mois", "duration"),
            fig("31 janvier 2026", "2026-01-31", None, "date"),
            fig("200 000 $", 200000, "$", "money", currency="CAD"),
            fig("2008", 2008, None, "year"),
            fig("En 2024", 2024, None, "year"),
            fig("plus de 120 000 personnes", 120000, "personnes", qualifier="plus de"),
        ],
        phones=[phone("+18665214470"), phone("+15145214470", extension="227"), phone("+14388821095")],
        emails=["communications@ssq.example.qc.ca"],
        contacts=[contact("Geneviève Roy-Tremblay", "responsable des communications", None,
                          ["+15145214470", "+14388821095"], ["communications@ssq.example.qc.ca"])],
        notes="A (made-up) Québec NGO's appeal for eastern Chad on an old CMS. Boilerplate: site name and slogan, "
              "the ' - ' one-line menu, breadcrumb, the article-info line under the title ('Mis en ligne le ... - "
              "1 248 lectures - Imprimer - Envoyer à un ami', cms-footer with the share links), 'Retour aux "
              "nouvelles', 'Autres nouvelles' with two dated headlines, footer with an H2J 2J9 postal code and a "
              "charity number, the CMS credit line. The body is hard-wrapped at about 70 columns (joined), with '2' "
              "⏎ '500 kits' split by the wrap. œ dropped in the dateline paragraph ('Au c ur de la crise'); every ’ "
              "dropped in the second and third paragraphs ('sinstaller', 'dIridimi', 'ny dispose', 'lAssociation "
              "tchadienne pour leau'); the ATED's long form comes back with its ’. 'les 14 pompes' repeats '14 pompes' (one text). 'Chaque don de 60 $' is in the "
              "article (an appeal's own sum), CAD; 'jusqu’au 31 janvier 2026': the date without 'jusqu’au'; 'dans "
              "la limite de 200 000 $' has no qualifier. 'par jour', 'chaque semaine', 'Depuis avril', 'depuis "
              "septembre' stay out. The donation line in the article offers a toll-free number to the public: a "
              "phone, not a contact (h40-h55). '- 30 -' is the Québec end-of-release mark: decided, article text of "
              "the release (like its 'Source :' line), not a figure. 'Source : Solidarité Sahel Québec' is not a "
              "contact (no detail). 'Le gouvernement du Canada' (an executive named as a body, h88-h103) and its "
              "department are listed; 'Canada' stands only inside their names (not a place); 'soudanais' is an "
              "adjective. Contact: a person with role, a 514 number with 'poste 227' and a 438 mobile after "
              "'cellulaire :', and an address.",
    ),
))

# --------------------------------------------------------------------------- h339 Burundian news portal reprinting an ABP dispatch: ’ as a space, ticker, votes, paywall, comments
PAGES.append(Page(
    name="h339-burundi-matin-paludisme-muyinga-abp",
    meta={"site": "www.burundimatin.example.bi", "style": "news-portal-agency-reprint",
          "defects": ["lost-apostrophe", "menu", "ticker", "votes-widget", "paywall", "comments-widget",
                      "share-lines", "wire-slug", "postcode-trap"]},
    blocks=[
        B("""Burundi Matin – L’actualité burundaise au quotidien
Accueil | Politique | Économie | Société | Santé | Sport | Régions | Contact
EN CONTINU ▸ Gitega : ouverture de la session parlementaire · Bujumbura : le prix du carburant inchangé en décembre · Football : Le Messager Ngozi en tête
SANTÉ"""),
        P("Paludisme : les cas en hausse de 34 % dans la province de Muyinga"),
        B("Publié le 03/12/2025 à 16:20 | Par La Rédaction avec ABP | 0 votes"),
        P("Muyinga, 3 déc. 2025 (ABP) – Le nombre de cas de paludisme notifiés dans la province de Muyinga a augmenté "
          "de 34 % entre juillet et octobre 2025 par rapport à la même période de 2024, a indiqué mardi le médecin "
          "provincial, le Dr Emmanuel Niyonkuru, lors d’une réunion du comité provincial de lutte contre les "
          "épidémies."),
        P("Au total, 187 420 cas ont été enregistrés dans les 52 centres de santé et les 3 hôpitaux de la province, "
          "contre 139 850 un an plus tôt. Au moins 41 décès ont été recensés, dont 29 enfants de moins de 5 ans. Le "
          "taux d’occupation des lits du service de pédiatrie de l’hôpital de Muyinga dépasse 140 %.", apos="space"),
        P("Selon le Dr Niyonkuru, cette recrudescence s’explique par les fortes pluies de septembre, qui ont multiplié "
          "les gîtes larvaires dans les marais rizicoles de Gasorwe et de Gashoho, mais aussi par les mouvements de "
          "populations vers la frontière tanzanienne. « Les communes de Giteranyi et de Butihinda concentrent à elles "
          "seules 43 % des cas », a-t-il précisé.", apos="space"),
        P("Pour endiguer l’épidémie, le ministère de la Santé publique et de la Lutte contre le sida a lancé lundi une "
          "campagne de distribution de 420 000 moustiquaires imprégnées d’insecticide, financée par le Fonds mondial "
          "de lutte contre le sida, la tuberculose et le paludisme. Une pulvérisation intradomiciliaire est également "
          "prévue dans 38 000 ménages des deux communes les plus touchées, du 8 au 20 décembre."),
        P("Le médecin provincial a appelé la population à dormir sous moustiquaire et à consulter dans les 24 heures "
          "qui suivent l’apparition de la fièvre. Le traitement du paludisme simple est gratuit pour les enfants de "
          "moins de 5 ans et les femmes enceintes."),
        P("Dans la province, le nombre d’agents de santé communautaires formés au dépistage rapide est passé de 610 "
          "à 1 020 cette année, grâce à l’appui de la Croix-Rouge du Burundi, qui a également mobilisé 240 "
          "volontaires pour la distribution des moustiquaires."),
        P("Pour les autres patients, une dose d’antipaludique coûte environ 2 500 francs burundais dans les centres de "
          "santé publics, mais jusqu’à 9 000 francs dans les pharmacies privées, a déploré un habitant de Muyinga "
          "joint par l’ABP."),
        P("Le Burundi a enregistré plus de 5,2 millions de cas de paludisme en 2024, selon le Programme national "
          "intégré de lutte contre le paludisme (PNILP)."),
        B("NIY/BM"),
        B("""Partager : Facebook | WhatsApp | X
Cet article vous est offert par Burundi Matin. Pour lire tous nos articles sans limite, abonnez-vous dès 3 000 BIF par mois. Je m’abonne
À lire aussi
Kirundo : 2 400 ménages reçoivent des semences de haricot
Bujumbura : le marché de Kinama rouvre après sept mois de travaux
2 commentaires
Jean-Marie K. – 03/12/2025 à 18:02
Il faut aussi curer les marais autour de Muyinga ville, sinon les moustiques reviendront chaque année.
Aline N. – 03/12/2025 à 19:15
Les moustiquaires arrivent toujours trop tard chez nous à Giteranyi.
Laisser un commentaire
Votre nom *
Votre e-mail *
Publier
Burundi Matin – Boulevard du 28 Novembre, BP 2461 Bujumbura – redaction@burundimatin.example.bi
© 2025 Burundi Matin – Tous droits réservés"""),
    ],
    gold=dict(
        title="Paludisme : les cas en hausse de 34 % dans la province de Muyinga",
        dateline=dl("Muyinga", "2025-12-03"),
        organisations=[org(None, "ABP"), org("ministère de la Santé publique et de la Lutte contre le sida", None),
                       org("Fonds mondial de lutte contre le sida, la tuberculose et le paludisme", None),
                       org("Croix-Rouge du Burundi", None)],
        places=[place("Muyinga"), place("Gasorwe"), place("Gashoho"), place("Giteranyi"), place("Butihinda"),
                place("Burundi", "BI")],
        figures=[
            fig("34 %", 34, "%", "percent"),
            fig("3 déc. 2025", "2025-12-03", None, "date"),
            fig("octobre 2025", 2025, None, "year"),
            fig("2024", 2024, None, "year"),
            fig("187 420 cas", 187420, "cas"),
            fig("52 centres", 52, "centres"),
            fig("3 hôpitaux", 3, "hôpitaux"),
            fig("139 850", 139850, None),
            fig("Au moins 41 décès", 41, "décès", qualifier="Au moins"),
            fig("29 enfants", 29, "enfants"),
            fig("moins de 5 ans", 5, "ans", "age", qualifier="moins de"),
            fig("140 %", 140, "%", "percent"),
            fig("43 %", 43, "%", "percent"),
            fig("420 000 moustiquaires", 420000, "moustiquaires"),
            fig("38 000 ménages", 38000, "ménages"),
            fig("deux communes", 2, "communes"),
            fig("8", "--12-08", None, "date"),
            fig("20 décembre", "--12-20", None, "date"),
            fig("24 heures", 24, "heures", "duration"),
            fig("610", 610, None),
            fig("1 020", 1020, None),
            fig("240 volontaires", 240, "volontaires"),
            fig("environ 2 500 francs burundais", 2500, "francs burundais", "money", qualifier="environ",
                currency="BIF"),
            fig("jusqu’à 9 000 francs", 9000, "francs", "money", qualifier="jusqu’à", currency="BIF"),
            fig("plus de 5,2 millions de cas", 5200000, "cas", qualifier="plus de"),
            fig("en 2024", 2024, None, "year"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes="A (made-up) Burundian news portal reprinting a dispatch of the ABP (the real national agency, invented "
              "story and people). Boilerplate: site name, one-line menu, an 'EN CONTINU ▸' ticker, the capital rubric "
              "kicker, the 'Publié le ... | Par La Rédaction avec ABP | 0 votes' line under the title, the wire "
              "initials, share line, a subscription call (paywall, its '3 000 BIF' chrome), 'À lire aussi' "
              "headlines, the comment counter, two comments with their author/date lines, the comment form, footer "
              "with a BP box and the copyright line. Every ’ of the second and third paragraphs became a space (the "
              "survey's 'l Afrique' shape: 'd occupation', 's explique', 'l hôpital'). Dateline 'Muyinga, 3 déc. "
              "2025 (ABP) –': abbreviated month with year, figure text '3 déc. 2025' as written; ABP acronym only "
              "(the byline is chrome). 'entre juillet et octobre 2025': the month-year 'octobre 2025'; 'la même "
              "période de 2024': '2024'; 'en 2024' another text. 'contre 139 850 un an plus tôt': a count without "
              "noun. 'moins de 5 ans' twice, one text. '140 %' an occupancy rate. 'dans les 24 heures': a duration. "
              "'environ 2 500 francs burundais' (BIF, unit as written) and 'jusqu’à 9 000 francs' (BIF by the "
              "context, unit 'francs'). 'du 8 au 20 décembre': '8' and '20 décembre' (no year written). 'est passé de 610 à 1 020': two counts without "
              "noun (h280-h295 'tombé de 69 à 41'); the Croix-Rouge du Burundi (a real national society, invented "
              "numbers) is listed. The PNILP "
              "is a programme (not an organisation, README); 'comité provincial de lutte contre les épidémies' "
              "generic; 'médecin provincial' a role; 'tanzanienne' an adjective; 'province de Muyinga' gives "
              "Muyinga (also the town). No contact.",
    ),
))

# --------------------------------------------------------------------------- h340 Central African economic community (Libreville): glued subheadings, a paragraph without accents, 'A ce jour', '+241 077' with the trunk 0 kept
PAGES.append(Page(
    name="h340-ceeac-passeport-biometrique-libre-circulation",
    meta={"site": "www.ceeac-eccas.example.int", "style": "regional-community-newsroom",
          "defects": ["heading-glued", "stripped-accents", "unaccented-capitals", "trunk-zero-kept", "menu",
                      "duplicate-lines", "breadcrumb", "share-lines", "postcode-trap"]},
    blocks=[
        B("""Aller au contenu
Français | English | Español | Português
CEEAC – Communauté économique des États de l’Afrique centrale
Accueil
La Communauté
La Communauté
États membres
Paix et sécurité
Marché commun
Salle de presse
Salle de presse
Rechercher
Accueil > Salle de presse > Communiqués
Communiqué de presse N° 087/CEEAC/COM/2025 – 01/12/2025"""),
        P("Libre circulation : la CEEAC lance un passeport biométrique commun dans ses onze États membres"),
        P("Libreville, le 1er décembre 2025 – La Communauté économique des États de l’Afrique centrale (CEEAC) a "
          "présenté lundi à Libreville le modèle du passeport biométrique commun qui sera délivré à partir du 1er "
          "juillet 2026 dans les onze États membres, conformément à la décision adoptée par la Conférence des chefs "
          "d’État et de gouvernement en juillet 2025 à Malabo."),
        P("Un document sécurisé et interopérable"),
        P("Le nouveau passeport, d’une validité de 10 ans, comporte une puce électronique et 42 éléments de sécurité. "
          "Il pourra être lu par les systèmes de contrôle de tous les postes frontières de la zone, dont 23 postes "
          "juxtaposés déjà équipés de lecteurs biométriques. Son coût ne devra pas dépasser 50 000 francs CFA pour "
          "les citoyens de la Communauté.", glue=True),
        P("[[A||À]] ce jour, seuls le Cameroun, le Gabon, la Guinée équatoriale et le Tchad appliquent pleinement le "
          "protocole sur la libre circulation des personnes, qui supprime l’obligation de visa pour les séjours de "
          "moins de 90 jours. Le Burundi, la République centrafricaine, le Congo, la République démocratique du "
          "Congo, l’Angola, Sao Tomé-et-Principe et le Rwanda doivent harmoniser leurs procédures d’ici à décembre "
          "2026.", strip=True),
        P("Un marché de 240 millions d’habitants"),
        P("Les échanges commerciaux entre les pays de la région ne représentent que 2,4 % de leur commerce extérieur "
          "total, l’un des taux les plus faibles du continent. « La libre circulation des personnes est la condition "
          "de la libre circulation des biens. Un commerçant de Kyé-Ossi ne devrait pas perdre deux jours à la "
          "frontière », a déclaré le commissaire chargé du Marché commun, Gilbert Ndong Essono.", glue=True),
        P("La Banque africaine de développement (BAD) finance à hauteur de 18,5 millions de dollars la mise en place "
          "du système d’information commun entre les services d’immigration, dont le centre de données sera installé "
          "à Libreville. Une phase pilote sera menée dès mars 2026 aux postes frontières de Kyé-Ossi, entre le "
          "Cameroun, le Gabon et la Guinée équatoriale, et de Garoua-Boulaï, entre le Cameroun et la République "
          "centrafricaine."),
        P("Les passeports nationaux en cours de validité resteront utilisables jusqu’à leur date d’expiration. Les "
          "États membres devront former quelque 1 800 agents de l’immigration et de la police des frontières d’ici à "
          "la fin de 2026."),
        L("""Contact presse :
Direction de la communication de la CEEAC
Mme Prisca Obiang Nzé, chargée des relations avec les médias
Tél. : +241 11 44 47 31 / +241 077 62 18 09
communication@ceeac-eccas.example.int"""),
        B("""Documents associés : Décision relative au passeport biométrique commun (PDF, 412 Ko)
Partager : Facebook | X | LinkedIn | WhatsApp
Autres communiqués
› Paix et sécurité : réunion du Conseil de paix et de sécurité à Kinshasa (24/11/2025)
› Marché commun : atelier sur le tarif extérieur commun à Douala (17/11/2025)
CEEAC – Haut de Gué-Gué, BP 2112 Libreville – Gabon – Tél. : +241 11 44 47 00
© 2025 CEEAC – Mentions légales"""),
    ],
    gold=dict(
        title="Libre circulation : la CEEAC lance un passeport biométrique commun dans ses onze États membres",
        dateline=dl("Libreville", "2025-12-01"),
        organisations=[org("Communauté économique des États de l’Afrique centrale", "CEEAC"),
                       org("Banque africaine de développement", "BAD")],
        places=[place("Libreville"), place("Malabo"), place("Cameroun", "CM"), place("Gabon", "GA"),
                place("Guinée équatoriale", "GQ"), place("Tchad", "TD"), place("Burundi", "BI"),
                place("République centrafricaine", "CF"), place("Congo", "CG"),
                place("République démocratique du Congo", "CD"), place("Angola", "AO"),
                place("Sao Tomé-et-Principe", "ST"), place("Rwanda", "RW"), place("Kyé-Ossi"),
                place("Garoua-Boulaï")],
        figures=[
            fig("onze États", 11, "États"),
            fig("le 1er décembre 2025", "2025-12-01", None, "date"),
            fig("1er juillet 2026", "2026-07-01", None, "date"),
            fig("juillet 2025", 2025, None, "year"),
            fig("10 ans", 10, "ans", "duration"),
            fig("42 éléments", 42, "éléments"),
            fig("23 postes", 23, "postes"),
            fig("50 000 francs CFA", 50000, "francs CFA", "money", currency="XAF"),
            fig("moins de 90 jours", 90, "jours", "duration", qualifier="moins de"),
            fig("décembre 2026", 2026, None, "year"),
            fig("240 millions d’habitants", 240000000, "habitants"),
            fig("2,4 %", 2.4, "%", "percent"),
            fig("deux jours", 2, "jours", "duration"),
            fig("18,5 millions de dollars", 18500000, "dollars", "money", currency="USD"),
            fig("mars 2026", 2026, None, "year"),
            fig("quelque 1 800 agents", 1800, "agents", qualifier="quelque"),
            fig("2026", 2026, None, "year"),
        ],
        phones=[phone("+24111444731"), phone("+24177621809")],
        emails=["communication@ceeac-eccas.example.int"],
        contacts=[contact("Prisca Obiang Nzé", "chargée des relations avec les médias",
                          "Direction de la communication de la CEEAC", ["+24111444731", "+24177621809"],
                          ["communication@ceeac-eccas.example.int"])],
        notes="The Central African regional economic community (the CEEAC, a real body, with an invented decision, "
              "figures and people) on a made-up host. Boilerplate: skip line, four-language line, site name, "
              "vertical menu with doubled 'La Communauté' and 'Salle de presse', search, breadcrumb, the "
              "release-number/date line above the title (h184-h199), the related-document line, share line, "
              "'Autres communiqués' with two dated headlines, footer with BP box and switchboard, legal line. Two "
              "subheadings are glued to the paragraph after them ('interopérableLe nouveau', 'd’habitantsLes "
              "échanges'). The third paragraph was typed without accents ('A ce jour', 'Guinee equatoriale', "
              "'Republique democratique', 'Sao Tome-et-Principe', 'procedures', 'd’ici a decembre'): accents "
              "restored, 'A' as 'À'. 'onze États membres' (title and body): one text 'onze États' (unit 'États'). "
              "'à partir du 1er juillet 2026': the date without 'à partir du' and without 'le'. 'en juillet 2025': "
              "the month-year 'juillet 2025'. 'dans ses onze États membres' and 'Les États membres' (no number) are "
              "not figures beyond the first. 'd’une validité de 10 ans': a duration. 'des séjours de moins de 90 "
              "jours': a duration with 'moins de'. 'deux jours' a duration. 'la fin de 2026': the year '2026'. The "
              "Conférence des chefs d’État et de gouvernement is the community's own organ (h280-h295 rule): not "
              "listed; 'la Communauté' generic; 'commissaire chargé du Marché commun' a role; the protocol is not an "
              "organisation. Countries keep their full French names ('République démocratique du Congo' CD and "
              "'Congo' CG, 'Sao Tomé-et-Principe' ST); border towns are places. Contact: a block with the "
              "communication directorate (organisation as written), 'Mme' left out of the person, a Libreville "
              "landline and a mobile written '+241 077 ...' with its trunk 0 kept (e164 drops it, tag "
              "'trunk-zero-kept', h104-h119), and an address.",
    ),
))

# --------------------------------------------------------------------------- h341 migration agency's release on Lampedusa in the seed's shape: seed-shaped menu, ~60-column wraps, œ dropped, 'Etats', 'Italie -' dateline, mailto debris, +39 with 'Ext.'
OIM_MENU = """-
Qui sommes-nous
Qui sommes-nousL'OIM est l'agence des Nations Unies chargée des migrations. Présente en Italie depuis 1995, elle accompagne les autorités dans l'accueil des personnes arrivées par la mer et dans la lutte contre la traite.
Gouvernance
Gouvernance
- Structure du Bureau de coordination
- Chef de mission
- Partenaires institutionnels
-
Nos activités
Nos activitésDe l'assistance aux débarquements au retour volontaire, nos équipes interviennent dans 14 régions italiennes.
Protection
Protection
- Accueil aux débarquements
- Mineurs non accompagnés
- Victimes de la traite
-
Presse
Presse
Nous soutenir
Nous soutenir
- Données et analyses
- Migrants disparus"""

PAGES.append(Page(
    name="h341-oim-italie-lampedusa-arrivees-accueil",
    meta={"site": "www.oim-mediterranee.example.int", "style": "migration-agency-release-seed-menu",
          "defects": ["menu", "duplicate-lines", "heading-glued", "hard-wrap", "lost-oe", "unaccented-capitals",
                      "html-debris"]},
    wrap=62, jitter=12,
    blocks=[
        B(OIM_MENU),
        P("Italie : l'OIM appelle à renforcer l'accueil après l'arrivée de 2 300 migrants à Lampedusa en quatre jours",
          nowrap=True),
        P("Italie - Plus de 2 300 migrants, dont 412 mineurs non accompagnés, sont arrivés à Lampedusa entre le 27 et "
          "le 30 novembre à bord de 58 embarcations parties pour la plupart de Libye et de Tunisie, a indiqué "
          "l'Organisation internationale pour les migrations (OIM)."),
        P("Le centre d'accueil de l'île, prévu pour 640 personnes, en a hébergé jusqu'à 1 900 simultanément le 29 "
          "novembre. Grâce aux transferts organisés par les autorités vers la Sicile et la Calabre, il en accueillait "
          "encore 480 lundi matin."),
        P("« Les équipes de l'OIM, présentes sur le quai depuis 2006, informent chaque personne de ses droits et "
          "repèrent les plus vulnérables : les victimes de la traite, les enfants seuls, les personnes malades ou "
          "blessées » explique Chiara Bellandi, chef de mission de l'OIM en Italie."),
        P("Parmi les personnes arrivées figurent des ressortissants du Bangladesh, d'[[Egypte||Égypte]], du Soudan, "
          "d'[[Erythrée||Érythrée]] et du Mali. Selon les premiers entretiens, au moins 160 d'entre elles ont déclaré "
          "avoir été détenues en Libye, certaines pendant plus de six mois."),
        P("Sur le quai, les équipes de l'OIM ont identifié 37 victimes présumées de la traite, pour la plupart des "
          "jeunes femmes originaires d'Afrique de l'Ouest, qui ont été orientées vers des structures protégées en "
          "Sicile et dans les Pouilles."),
        P("Depuis le début de l'année, 61 850 personnes sont arrivées en Italie par la mer, soit 14 % de moins qu'en "
          "2024. Au moins 1 140 personnes sont mortes ou portées disparues en Méditerranée centrale, selon le projet "
          "Migrants disparus de l'OIM."),
        P("L'OIM, en collaboration avec le Haut-Commissariat des Nations unies pour les réfugiés (HCR) et la "
          "Croix-Rouge italienne, a mis en œuvre un dispositif de 24 interprètes et 6 médiateurs culturels à "
          "Lampedusa, financé par la Commission européenne à hauteur de 1,8 million d'euros pour 2026.", oe="drop"),
        P("L'Organisation appelle les [[Etats||États]] membres de l'Union européenne à mettre en œuvre rapidement le "
          "mécanisme de solidarité prévu par le pacte sur la migration et l'asile, afin de relocaliser au moins "
          "30 000 personnes par an depuis les pays de première arrivée.", oe="drop"),
        L("""Pour plus d'informations, veuillez contacter:
Chiara Bellandi
OIM Rome
Tél. : +39 06 4423 1428 Ext. 211
E-mail :
[["mailto:cbellandi@iom.int">cbellandi@iom.int||cbellandi@iom.int]]
Flavio Di Stefano
OIM Lampedusa
Tél. : +39 347 218 6620
E-mail :
[["mailto:fdistefano@iom.int">fdistefano@iom.int||fdistefano@iom.int]]"""),
    ],
    gold=dict(
        title="Italie : l'OIM appelle à renforcer l'accueil après l'arrivée de 2 300 migrants à Lampedusa en quatre "
              "jours",
        dateline=dl("Italie", None),
        organisations=[org("Organisation internationale pour les migrations", "OIM"),
                       org("Haut-Commissariat des Nations unies pour les réfugiés", "HCR"),
                       org("Croix-Rouge italienne", None), org("Commission européenne", None),
                       org("Union européenne", None)],
        places=[place("Italie", "IT"), place("Lampedusa"), place("Libye", "LY"), place("Tunisie", "TN"),
                place("Sicile"), place("Calabre"), place("Bangladesh", "BD"), place("Égypte", "EG"),
                place("Soudan", "SD"), place("Érythrée", "ER"), place("Mali", "ML"), place("Afrique de l'Ouest"),
                place("Pouilles"), place("Méditerranée centrale"),
                place("Rome")],
        figures=[
            fig("2 300 migrants", 2300, "migrants"),
            fig("quatre jours", 4, "jours", "duration"),
            fig("Plus de 2 300 migrants", 2300, "migrants", qualifier="Plus de"),
            fig("412 mineurs", 412, "mineurs"),
            fig("le 27", "--11-27", None, "date"),
            fig("le 30 novembre", "--11-30", None, "date"),
            fig("58 embarcations", 58, "embarcations"),
            fig("640 personnes", 640, "personnes"),
            fig("jusqu'à 1 900", 1900, None, qualifier="jusqu'à"),
            fig("le 29 novembre", "--11-29", None, "date"),
            fig("480", 480, None),
            fig("2006", 2006, None, "year"),
            fig("au moins 160", 160, None, qualifier="au moins"),
            fig("plus de six mois", 6, "mois", "duration", qualifier="plus de"),
            fig("37 victimes", 37, "victimes"),
            fig("61 850 personnes", 61850, "personnes"),
            fig("14 %", 14, "%", "percent"),
            fig("en 2024", 2024, None, "year"),
            fig("Au moins 1 140 personnes", 1140, "personnes", qualifier="Au moins"),
            fig("24 interprètes", 24, "interprètes"),
            fig("6 médiateurs", 6, "médiateurs"),
            fig("1,8 million d'euros", 1800000, "euros", "money", currency="EUR"),
            fig("2026", 2026, None, "year"),
            fig("au moins 30 000 personnes", 30000, "personnes", qualifier="au moins"),
        ],
        phones=[phone("+390644231428", extension="211"), phone("+393472186620")],
        emails=["cbellandi@iom.int", "fdistefano@iom.int"],
        contacts=[contact("Chiara Bellandi", None, "OIM Rome", ["+390644231428"], ["cbellandi@iom.int"]),
                  contact("Flavio Di Stefano", None, "OIM Lampedusa", ["+393472186620"], ["fdistefano@iom.int"])],
        notes="A migration agency's release on Lampedusa (the OIM, a real body, with invented figures and people, on a "
              "made-up host) in the seed's shape on another site: a fixed menu with bare '-' lines, doubled labels "
              "('Gouvernance', 'Protection', 'Presse', 'Nous soutenir'), '- label' items and two labels glued to "
              "their blurb ('Qui sommes-nousL'OIM est ...', 'Nos activitésDe l'assistance ...'), all boilerplate (its "
              "'1995' and '14 régions' are chrome); then the title and a body hard-wrapped at about 50-62 columns "
              "(joined), straight apostrophes kept as written, œ dropped ('mis en uvre', 'mettre en uvre'), "
              "unaccented capitals ('Egypte', 'Erythrée', 'Etats' restored), the seed's contact block with 'Ext.' "
              "and 'E-mail :' followed by mailto debris (the bare address in the clean text). Dateline 'Italie -' (a "
              "country, no date: the real survey's shape), Italie listed as a place. 'Plus de 2 300 migrants' and "
              "the title's '2 300 migrants' are two texts. 'entre le 27 et le 30 novembre': 'le 27' (--11-27) and "
              "'le 30 novembre' (h104-h119). 'jusqu'à 1 900' and 'au moins 160 d'entre elles': counts without noun "
              "with their qualifiers ('jusqu'à' with its straight apostrophe as written). 'en accueillait encore "
              "480': a count without noun. 'qu'en 2024': 'en 2024'. 'pour 2026': '2026'. 'par an', 'lundi matin', "
              "'Depuis le début de l'année' stay out. 'projet Migrants disparus' and the pact are not "
              "organisations; 'les autorités' generic; 'chef de mission' a role. 'Méditerranée centrale' a sea "
              "region (iso null); 'Afrique de l'Ouest' keeps the page's straight apostrophe, 'les Pouilles' gives "
              "'Pouilles'. Contacts: two seed-style blocks (person, office label as organisation as written, "
              "Rome a place as an office label's city, README), a Rome landline with 'Ext. 211' (Italian numbers "
              "keep their 0 in E.164) and a mobile.",
    ),
))

# --------------------------------------------------------------------------- h342 Côte d'Ivoire's national assembly: title and caption printed twice, entities in one paragraph, space before a comma, an old dotted fax
H342_TITLE = "L’Assemblée nationale adopte la loi sur la traçabilité du cacao par 219 voix pour"
H342_CAP = ("Les députés lors du vote du projet de loi, le 2 décembre 2025, dans l’hémicycle du Palais de l’Assemblée "
            "nationale. Photo : Service de la communication")

PAGES.append(Page(
    name="h342-assemblee-nationale-ci-loi-tracabilite-cacao",
    meta={"site": "www.assnat-ci.example.ci", "style": "national-parliament-newsroom",
          "defects": ["duplicate-title", "duplicate-caption", "html-debris", "space-before-comma", "menu",
                      "duplicate-lines", "breadcrumb", "share-lines", "postcode-trap"]},
    blocks=[
        B("""République de Côte d’Ivoire – Union – Discipline – Travail
Assemblée nationale
Accueil
L’Institution
Travaux parlementaires
Travaux parlementaires
Les députés
Espace médias
Espace médias
Contact
Accueil / Espace médias / Actualités"""),
        P(H342_TITLE),
        B(H342_TITLE + "\nActualités · 2 décembre 2025 · 1 254 vues"),
        P(H342_CAP),
        B(H342_CAP),
        P("Abidjan, le 2 décembre 2025 – Réunis en séance plénière sous la présidence du président de l’Assemblée "
          "nationale, les députés ont adopté mardi le projet de loi relatif à la traçabilité et à la durabilité de la "
          "filière café-cacao, par 219 voix pour, 4 contre et 11 abstentions."),
        P("Le texte, présenté par le ministre de l’Agriculture, du Développement rural et des Productions vivrières, "
          "rend obligatoire l’enregistrement des 1,1 million de producteurs de cacao dans un système national de "
          "traçabilité et l’identification de chaque sac par un code unique, de la parcelle au port. Il répond au "
          "règlement de l’Union européenne contre la déforestation importée, qui s’appliquera aux importateurs "
          "européens à partir du 30 décembre 2026."),
        P(ent("La Côte d’Ivoire, premier producteur mondial avec environ 2,2 millions de tonnes par an, exporte près "
              "de 40 % de ses fèves vers l’Union européenne. « Nous ne pouvons pas prendre le risque de perdre notre "
              "premier marché », a souligné le président de la commission des affaires économiques et financières, "
              "Koffi Adou Yao, rapporteur du texte.", "’«»\u00a0")),
        P("Selon le rapport de la commission, près de 2,4 millions d’hectares de forêt ont disparu en Côte d’Ivoire "
          "entre 1990 et 2020, en grande partie au profit des plantations de cacao. Le texte interdit toute nouvelle "
          "plantation dans les forêts classées et prévoit la replantation de 50 000 hectares d’arbres d’ombrage d’ici "
          "2030."),
        P("La loi prévoit des sanctions allant de 5 à 50 millions de francs CFA[[ ,||,]] pour les exportateurs qui "
          "commercialiseraient des fèves non tracées, et la création d’un fonds de 62 milliards de francs CFA pour "
          "financer la cartographie des plantations et la distribution de 800 000 cartes de producteur d’ici juin "
          "2026."),
        P("Plusieurs députés de l’opposition ont demandé des garanties sur la protection des données personnelles des "
          "producteurs. Le gouvernement a accepté un amendement confiant leur contrôle à l’Autorité de régulation des "
          "télécommunications/TIC de Côte d’Ivoire (ARTCI)."),
        P("Le prix bord champ du cacao a été fixé à 2 800 francs CFA le kilogramme pour la campagne principale "
          "2025-2026, un niveau record, rappelle le Conseil du café-cacao (CCC), chargé de la régulation de la "
          "filière."),
        L("Service de la communication et des relations publiques – Tél. : +225 27 20 20 82 00 – Fax : "
          "00.225.20.20.82.09 – communication@assnat-ci.example.ci"),
        B("""Mots-clés : cacao, traçabilité, plénière, Union européenne
Partager : Facebook | X | LinkedIn | WhatsApp | Imprimer
Actualités récentes
Le président de l’Assemblée nationale reçoit une délégation du Parlement ghanéen (28/11/2025)
Session budgétaire : la commission des finances auditionne le ministre du Budget (25/11/2025)
Assemblée nationale de Côte d’Ivoire – Boulevard Angoulvant, 01 BP 1381 Abidjan 01
© 2025 Assemblée nationale – Tous droits réservés"""),
    ],
    gold=dict(
        title=H342_TITLE,
        dateline=dl("Abidjan", "2025-12-02"),
        organisations=[org("Assemblée nationale", None), org("Union européenne", None),
                       org("Autorité de régulation des télécommunications/TIC de Côte d’Ivoire", "ARTCI"),
                       org("Conseil du café-cacao", "CCC")],
        places=[place("Abidjan"), place("Côte d’Ivoire", "CI")],
        figures=[
            fig("219 voix", 219, "voix"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("4", 4, None),
            fig("11 abstentions", 11, "abstentions"),
            fig("1,1 million de producteurs", 1100000, "producteurs"),
            fig("30 décembre 2026", "2026-12-30", None, "date"),
            fig("environ 2,2 millions de tonnes", 2200000, "tonnes", "other", qualifier="environ"),
            fig("près de 40 %", 40, "%", "percent", qualifier="près de"),
            fig("près de 2,4 millions d’hectares", 2400000, "hectares", "other", qualifier="près de"),
            fig("1990", 1990, None, "year"),
            fig("2020", 2020, None, "year"),
            fig("50 000 hectares", 50000, "hectares", "other"),
            fig("2030", 2030, None, "year"),
            fig("5", 5000000, None, "money", currency="XOF"),
            fig("50 millions de francs CFA", 50000000, "francs CFA", "money", currency="XOF"),
            fig("62 milliards de francs CFA", 62000000000, "francs CFA", "money", currency="XOF"),
            fig("800 000 cartes", 800000, "cartes"),
            fig("juin 2026", 2026, None, "year"),
            fig("2 800 francs CFA", 2800, "francs CFA", "money", currency="XOF"),
            fig("2025", 2025, None, "year"),
            fig("2026", 2026, None, "year"),
        ],
        phones=[phone("+2252720208200"), phone("+22520208209", "fax", valid=False)],
        emails=["communication@assnat-ci.example.ci"],
        contacts=[contact(None, None, "Service de la communication et des relations publiques",
                          ["+2252720208200", "+22520208209"], ["communication@assnat-ci.example.ci"])],
        notes="Côte d'Ivoire's national assembly (a real institution, with an invented law, vote and people) on a "
              "made-up host. Boilerplate: the state motto line, the site name, a vertical menu with doubled "
              "'Travaux parlementaires' and 'Espace médias', breadcrumb, the second copy of the title (printed "
              "twice), the rubric/date/view-counter line, the second copy of the photo caption, keywords, share "
              "line, 'Actualités récentes' with two dated headlines, footer with '01 BP 1381 Abidjan 01', copyright. "
              "The caption stands above the dateline paragraph (first copy article text; its date 'le 2 décembre "
              "2025' repeats the dateline's text, listed once; the Palais is a venue). The third paragraph carries "
              "HTML entities ('&#8217;', '&laquo;', '&raquo;'); a space before a comma in the fifth ('francs CFA , "
              "pour'). 'par 219 voix pour, 4 contre et 11 abstentions': '219 voix' (title and body, one text), '4' "
              "a count without noun (h152-h167 doubt), '11 abstentions'. 'à partir du 30 décembre 2026': the date "
              "alone. 'environ 2,2 millions de tonnes par an': a measure ('par an' out). 'de 5 à 50 millions de "
              "francs CFA': first bound '5' with the second's scale and currency (5 000 000 XOF, unit null). 'd’ici "
              "juin 2026': the month-year. 'entre 1990 et 2020': two years; 'd’ici 2030': '2030'; 'près de 2,4 "
              "millions d’hectares' a measure with its qualifier. '2 800 francs CFA le kilogramme': the price without its 'per' unit. 'la "
              "campagne principale 2025-2026': a season, two year figures. Francs CFA in Côte d'Ivoire are XOF. "
              "'premier producteur', 'premier marché' are ordinal words. 'le président de l’Assemblée nationale', "
              "'le ministre de l’Agriculture ...', 'le président de la commission des affaires économiques et "
              "financières' are roles (the committee inside a role is not listed, h136-h151); 'Le gouvernement' "
              "generic; the EU regulation is not an organisation. The ARTCI keeps its slash as written; 'Côte "
              "d’Ivoire' is listed from the body (it also stands inside that name). Contact: the communication "
              "service's office line (organisation as written, person null) with a ten-digit Abidjan number and a "
              "fax written in the old eight-digit plan with '00.225.' and dots (the survey's '00.225.20.30.40.50' "
              "shape): +22520208209, possible but not valid (h168-h183 old Ivorian fax rule).",
    ),
))

# --------------------------------------------------------------------------- h343 international nutrition NGO (Paris): contact list in four countries with numbers glued to their list marks, '00221', '(+34)', '+31(0)20', € lost, « » with “ ”
PAGES.append(Page(
    name="h343-ani-sahel-malnutrition-rapport-contacts-pays",
    meta={"site": "www.ani-nutrition.example.org", "style": "international-ngo-multi-country-contacts",
          "defects": ["glued-phone", "lost-euro", "mixed-quotes", "cookie-banner", "menu", "breadcrumb",
                      "share-lines", "donation-block", "newsletter-chrome", "postcode-trap"]},
    blocks=[
        B("""Nous utilisons des cookies pour améliorer votre expérience et mesurer l’audience. Tout accepter | Tout refuser | Personnaliser
Action Nutrition Internationale
Faire un don
Qui sommes-nous | Nos actions | Pays d’intervention | Ressources | Presse | Nous rejoindre
Accueil > Presse > Communiqués
Communiqué de presse – 04/12/2025"""),
        P("Sahel : 3,1 millions d’enfants menacés de malnutrition aiguë sévère en 2026, alerte Action Nutrition "
          "Internationale"),
        P("Paris, le 4 décembre 2025 – À l’approche de la période de soudure, Action Nutrition Internationale (ANI) "
          "publie son rapport annuel « Sahel : l’urgence silencieuse », qui estime que 3,1 millions d’enfants de moins "
          "de 5 ans souffriront de malnutrition aiguë sévère en 2026 au Burkina Faso, au Mali, au Niger, au Tchad et "
          "dans le nord du Nigeria, soit 12 % de plus qu’en 2025."),
        P("Le rapport, fondé sur des enquêtes menées auprès de 14 600 ménages dans 212 communes, montre que le prix du "
          "sac de 100 kg de mil a augmenté de 38 % en moyenne en un an, atteignant 42 500 francs CFA à Niamey et "
          "47 000 francs CFA à Ouagadougou. Dans les zones sous blocus, les familles consacrent désormais plus des "
          "trois quarts de leurs revenus à l’alimentation."),
        P("Dans le même temps, les financements humanitaires pour la nutrition ont chuté : les plans de réponse des "
          "cinq pays ne sont financés qu’à 31 % en moyenne, contre 48 % en 2023. Faute de produits thérapeutiques, "
          "27 % des centres de santé appuyés par l’organisation ont connu des ruptures de stock de plus de deux "
          "semaines cette année."),
        P("« Nous savons soigner la malnutrition : un traitement de six à huit semaines coûte environ 85 € par enfant "
          "et guérit plus de 90 % des cas. Ce qui manque, c’est la volonté de financer la prévention », déclare "
          "Hélène Marchetti, directrice générale d’ANI.", noeuro=""),
        P("ANI demande aux bailleurs européens de consacrer au moins 400 millions d’euros supplémentaires à la "
          "nutrition au Sahel d’ici juin 2026 et d’intégrer les produits thérapeutiques aux listes de médicaments "
          "essentiels financées par l’Union européenne. Au Niger, où ANI soutient 146 centres de santé, la "
          "coordinatrice nationale, Mariama Issoufou Garba, souligne que “les mères arrivent de plus en plus tard, "
          "parce que le transport jusqu’au centre coûte trop cher”."),
        P("Le rapport complet est disponible en français, en anglais et en espagnol sur le site de l’organisation. ANI "
          "intervient dans 19 pays et emploie 4 200 personnes, dont 92 % recrutées localement."),
        L("""Contacts presse
Paris – Thomas Lefèvre-Adjovi, responsable presse
[[-||- ]]01 70 84 22 61 / 06 48 19 73 02
t.lefevre@ani-nutrition.example.org
Dakar – Fatou Ndiaye Sarr, chargée de communication régionale
[[-||- ]]00221 33 824 61 90
f.sarr@ani-nutrition.example.org
Madrid – Lucía Fernández Ortiz, portavoz
[[-||- ]](+34) 91 522 38 17
l.fernandez@ani-nutrition.example.org
Amsterdam – Pieter van Dijk, relations avec les donateurs
[[-||- ]]+31(0)20 624 18 55
p.vandijk@ani-nutrition.example.org"""),
        B("""Télécharger le rapport « Sahel : l’urgence silencieuse » (PDF, 3,4 Mo)
Partager : Facebook | X | LinkedIn | E-mail
Avec 40 €, vous permettez de soigner un enfant malnutri pendant un mois. Je donne
Recevez nos actualités : Votre e-mail | S’inscrire
Action Nutrition Internationale – 14, rue de la Folie-Regnault – 75011 Paris – Association reconnue d’utilité publique
© 2025 Action Nutrition Internationale – Mentions légales – Données personnelles"""),
    ],
    gold=dict(
        title="Sahel : 3,1 millions d’enfants menacés de malnutrition aiguë sévère en 2026, alerte Action Nutrition "
              "Internationale",
        dateline=dl("Paris", "2025-12-04"),
        organisations=[org("Action Nutrition Internationale", "ANI"), org("Union européenne", None)],
        places=[place("Sahel"), place("Paris"), place("Burkina Faso", "BF"), place("Mali", "ML"),
                place("Niger", "NE"), place("Tchad", "TD"), place("Nigeria", "NG"), place("Niamey"),
                place("Ouagadougou"), place("Dakar"), place("Madrid"), place("Amsterdam")],
        figures=[
            fig("3,1 millions d’enfants", 3100000, "enfants"),
            fig("en 2026", 2026, None, "year"),
            fig("le 4 décembre 2025", "2025-12-04", None, "date"),
            fig("moins de 5 ans", 5, "ans", "age", qualifier="moins de"),
            fig("12 %", 12, "%", "percent"),
            fig("en 2025", 2025, None, "year"),
            fig("14 600 ménages", 14600, "ménages"),
            fig("212 communes", 212, "communes"),
            fig("100 kg", 100, "kg", "other"),
            fig("38 %", 38, "%", "percent"),
            fig("42 500 francs CFA", 42500, "francs CFA", "money", currency="XOF"),
            fig("47 000 francs CFA", 47000, "francs CFA", "money", currency="XOF"),
            fig("plus des trois quarts", 0.75, None, "other", qualifier="plus des"),
            fig("cinq pays", 5, "pays"),
            fig("31 %", 31, "%", "percent"),
            fig("48 %", 48, "%", "percent"),
            fig("en 2023", 2023, None, "year"),
            fig("27 %", 27, "%", "percent"),
            fig("plus de deux semaines", 2, "semaines", "duration", qualifier="plus de"),
            fig("six", 6, None, "duration"),
            fig("huit semaines", 8, "semaines", "duration"),
            fig("environ 85 €", 85, "€", "money", qualifier="environ", currency="EUR"),
            fig("plus de 90 %", 90, "%", "percent", qualifier="plus de"),
            fig("au moins 400 millions d’euros", 400000000, "euros", "money", qualifier="au moins", currency="EUR"),
            fig("juin 2026", 2026, None, "year"),
            fig("146 centres", 146, "centres"),
            fig("19 pays", 19, "pays"),
            fig("4 200 personnes", 4200, "personnes"),
            fig("92 %", 92, "%", "percent"),
        ],
        phones=[phone("+33170842261"), phone("+33648197302"), phone("+221338246190"), phone("+34915223817"),
                phone("+31206241855")],
        emails=["t.lefevre@ani-nutrition.example.org", "f.sarr@ani-nutrition.example.org",
                "l.fernandez@ani-nutrition.example.org", "p.vandijk@ani-nutrition.example.org"],
        contacts=[contact("Thomas Lefèvre-Adjovi", "responsable presse", None, ["+33170842261", "+33648197302"],
                          ["t.lefevre@ani-nutrition.example.org"]),
                  contact("Fatou Ndiaye Sarr", "chargée de communication régionale", None, ["+221338246190"],
                          ["f.sarr@ani-nutrition.example.org"]),
                  contact("Lucía Fernández Ortiz", "portavoz", None, ["+34915223817"],
                          ["l.fernandez@ani-nutrition.example.org"]),
                  contact("Pieter van Dijk", "relations avec les donateurs", None, ["+31206241855"],
                          ["p.vandijk@ani-nutrition.example.org"])],
        notes="A (made-up) Paris nutrition NGO's release on its Sahel report, with a contact list in four countries. "
              "Boilerplate: cookie banner, site name, donation button, one-line menu, breadcrumb, type/date line; at "
              "the bottom the report's download line, share line, a donation block (its '40 €' chrome), newsletter "
              "form, footer with a 75011 postcode, copyright. The € of the quote was lost ('environ 85  par "
              "enfant', a double space left): it comes back. The report's title is in « », a field worker's words in "
              "“ ” (both kept). Each person's phone line is a list item whose '-' mark is glued to the number "
              "('-01 70 84 22 61', '-00221 33 ...', '-(+34) 91 ...', '-+31(0)20 ...': the survey's 'number glued "
              "to a list marker'): decided, the clean text separates mark and number with one space ('- 01 70 ...', "
              "tag 'glued-phone', as h296-h311's number glued to a web address); the mark is not a minus sign. "
              "Numbers: Paris landline and mobile without code (+33 by the label 'Paris'), Dakar with the '00221' "
              "international prefix (h200-h215), Madrid with its code in brackets '(+34) 91 ...' (survey shape), "
              "Amsterdam written '+31(0)20 ...' with the bracketed trunk 0 and no space (survey shape, "
              "+31206241855). One contact per person: role as written (the Spanish 'portavoz' kept, h248-h263), "
              "organisation null, the city labels are places. Figures: 'de moins de 5 ans' an age; 'qu’en 2025' "
              "gives 'en 2025'; 'sac de 100 kg' a measure; 'en un an' not a figure; 'plus des trois quarts' a "
              "fraction with 'plus des' (h136-h151); 'de six à huit semaines': 'six' (duration, unit null) and 'huit "
              "semaines'; 'par enfant' out; 'd’ici juin 2026' the month-year; 'cette année' not a figure. Francs "
              "CFA in Niger and Burkina Faso are XOF. 'les bailleurs européens' generic; 'nord du Nigeria' gives "
              "Nigeria.",
    ),
))
