"""h392-h407: written blind in session 24, scored blind with session 25's starting and ending code, moved into dev in session 26.

The writer read only corpora/README.md (the gold format and conventions, every "Added with ..." paragraph, the site
table and the defect tags), build.py, check_gold.py, two page sources as examples of the API (pages_dev_ad.py,
pages_dev_ae.py), the shared survey of real pages (/work/shared/real-pages.md) and its seed page
(/work/shared/seeds/iom-fr-release.txt); not src/, tests/, benchmarks/, notebooks/, docs/, the project README, the
Makefile, the notes_*.md files, the other page sources or any page of dev/ and heldout/; pressclean was never run on
these pages. h392-h396 come from one made-up press room, the Office malgache de l'électrification rurale (OMER) in
Antananarivo, Madagascar, sharing its header (a cookie banner on h392 only, skip line, an optional banner on h393 and
h394, a Malagasy/French/English line, site name and slogan, a menu with doubled `Nos projets` and `Espace presse` that
gains a `Recrutement` item on h395 and h396, search line, breadcrumb whose rubric changes, a `type | dd/mm/yyyy` line)
and its bottom (share line, a solar-production widget whose values change and that is absent on h395, a related block
titled `Dans l'espace presse` or `Voir aussi` (h396), a breakdown-reporting line with the short number 1818 that the
notice h393 also prints in its body, an app line absent on h394, footer with BP box and switchboard, copyright line):
an annual communiqué, a notice to subscribers, a press invitation, the director general's speech and a photo story.
h397-h407 come from eleven other sites, one page each: a Haitian school-meals foundation (h397, no defect and no
boilerplate), the weekly digest of the government of the canton of Jura, Switzerland (h398, listing), a
Franco-Vietnamese medical centre in Hue whose English release sits under French chrome (h399), the UN migration
agency's Tunisia site in the seed's shape (h400), a Rodrigues (Mauritius) lagoon association's WordPress page scraped
as raw HTML (h401), the DR Congo fisheries and livestock ministry on an old CMS (h402), the German embassy in
Cameroon (h403), a Nouakchott news portal reprinting a Mauritanian agency dispatch (h404), a browser print view of a
Quebec ministry's release (h405), a Central African regional commission's PDF in a browser's PDF viewer (h406) and a
Beninese environment agency's thread on a microblogging site (h407). Real bodies (OIM, Union européenne, Banque
mondiale, BAD, FIDA, AFD, JIRAMA, PAM, MENFP, OFAG, HCL, Croissant-Rouge tunisien, COI, FEM, FAO, GIZ, KfW, SNIM, AMI,
AQOCI, CEMAC, BDEAC, ANPC, the ministries named) carry invented news, people and numbers; every other body, every
person, host, mailbox and number is made up.
"""
import random

from build import B, L, P, X, Page, contact, dl, fig, org, phone, place, side

SET = "dev"

PAGES = []

ENT = {"’": "&rsquo;", "é": "&eacute;", "è": "&egrave;", "à": "&agrave;", "«": "&laquo;", "»": "&raquo;",
       "\u00a0": "&nbsp;", "–": "&ndash;", "&": "&amp;", "ê": "&ecirc;", "ç": "&ccedil;", "É": "&Eacute;"}


def ent(clean: str, chars: str) -> str:
    """Markup for text whose raw side shows HTML entities for `chars`."""
    return "".join(f"[[{ENT[c]}||{c}]]" if c in chars else c for c in clean)


VOW = "aeiouyéèêàâîôûAEIOUYÉ"


def pdflines(marked: str, width: int, seed: str, lig: bool = False) -> list:
    """Raw lines of a PDF paragraph: the raw side of `marked` wrapped at about `width` columns; a long word that does
    not fit is hyphenated at a vowel-consonant-vowel boundary when its head fits."""
    raw = side(marked, 0)
    rng = random.Random(seed)
    lines, cur = [], ""
    target = width - rng.randint(0, 5)
    for w in raw.split(" "):
        if not cur or len(cur) + 1 + len(w) <= target:
            cur = f"{cur} {w}" if cur else w
            continue
        cut = 0
        if len(w) >= 7 and not any(c.isdigit() for c in w):
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
        target = width - rng.randint(0, 5)
    lines.append(cur)
    if lig:
        lines = [ln.replace("fi", "\ufb01").replace("fl", "\ufb02") for ln in lines]
    return lines


# =========================================================================== OMER, Office malgache de l'électrification rurale (Antananarivo)
OMER_SITE = "www.omer-jiro.example.mg"
OMER_COOKIE = ("Nous utilisons des cookies pour mesurer l’audience de ce site et améliorer votre navigation. "
               "Accepter | Refuser | Paramétrer")


def omer_top(rubric, typeline, banner=None, cookie=False, recrut=False):
    lines = [OMER_COOKIE] if cookie else []
    lines.append("Aller au contenu | Accessibilité")
    if banner:
        lines.append(banner)
    lines += ["Malagasy | Français | English",
              "OMER – Office malgache de l’électrification rurale",
              "Jiro ho an’ny rehetra – L’électricité pour tous, partout",
              "☰ Menu",
              "Accueil",
              "L’Office",
              "Nos projets",
              "Nos projets",
              "Réseaux et mini-réseaux",
              "Kits solaires",
              "Espace presse",
              "Espace presse",
              "Appels d’offres"]
    if recrut:
        lines.append("Recrutement")
    lines += ["Contact",
              "Rechercher…",
              f"Accueil › Espace presse › {rubric}",
              typeline]
    return "\n".join(lines)


OMER_PANNE = "Signaler une panne : 1818 (appel gratuit, 24 h/24)"


def omer_bottom(widget, related, head="Dans l’espace presse", app=True):
    lines = ["Partager : Facebook · WhatsApp · LinkedIn · X · Imprimer"]
    if widget:
        lines.append(widget)
    lines.append(head)
    lines += [f"› {h} – {d}" for h, d in related]
    lines.append(OMER_PANNE)
    if app:
        lines.append("Téléchargez l’application OMER Jiro : suivez votre consommation et rechargez votre compteur")
    lines += ["OMER – Lot II M 85 Antsakaviro, BP 1203 Antananarivo 101 – Standard : +261 20 22 617 40",
              "© 2025 OMER – Mentions légales – Plan du site – Données personnelles"]
    return "\n".join(lines)


def omer_meta(defects, app=True, **extra):
    base = ["menu", "duplicate-lines", "breadcrumb", "share-lines", "ticker", "postcode-trap"]
    if app:
        base.append("newsletter-chrome")
    d = {"site": OMER_SITE, "style": "rural-electrification-agency-pressroom", "defects": base + defects}
    d.update(extra)
    return d


OMER_NOTE = ("Site furniture shared by h392-h396 (a cookie banner on h392 only, the first page of the visit; skip line; "
             "an optional banner (planned outages on h393, accreditation deadline on h394); Malagasy/French/English "
             "line; site name 'OMER – Office malgache de l’électrification rurale' and slogan; '☰ Menu' and a vertical "
             "menu with doubled 'Nos projets' and 'Espace presse', which gains a 'Recrutement' item on h395 and h396; "
             "search line; breadcrumb 'Accueil › Espace presse › rubric' whose rubric changes (Communiqués, Avis aux "
             "abonnés, Invitations presse, Discours, Reportages photo); a 'type | dd/mm/yyyy' line; at the bottom a "
             "share line, a 'Production solaire du jour' widget whose values change on every page and that is absent "
             "on h395 (tagged 'ticker', as the counters of earlier press rooms), a related block titled 'Dans l’espace "
             "presse' (h396: 'Voir aussi') with '› headline – dd/mm/yyyy' lines that change, the breakdown line "
             "'Signaler une panne : 1818 (appel gratuit, 24 h/24)', an app line (absent on h394, tagged "
             "'newsletter-chrome' as the earlier app lines), footer with BP box, postcode 101 and switchboard, "
             "copyright line): all boilerplate; its numbers are neither figures nor phones, and the long form in the "
             "site name does not count as the article spelling it out (h104-h119 per-page rule). The OMER, its people "
             "and numbers are made up (a rural-electrification agency of a real kind). Malagasy numbers: landlines "
             "020 + seven digits, mobiles 032/034 (+261, trunk 0 dropped). Ariary are MGA.")

OMER_REL = {
    "h392": ("Électrification rurale : 1 240 villages raccordés en 2025, un record pour l’OMER", "01/12/2025"),
    "h393": ("Avis aux abonnés : coupures programmées à Antsirabe du 8 au 10 décembre", "02/12/2025"),
    "h394": ("Invitation presse : inauguration du mini-réseau solaire d’Ambohitsara", "03/12/2025"),
    "h395": ("Forum national de l’électrification rurale : le discours du directeur général", "04/12/2025"),
    "old1": ("Appel d’offres : maintenance de 27 mini-réseaux solaires", "24/11/2025"),
    "old2": ("Kits solaires : 48 300 ménages équipés à crédit depuis janvier", "18/11/2025"),
}

# --------------------------------------------------------------------------- h392 annual communiqué: cookie banner, two glued subheadings, a cp1250 paragraph, a half-repaired word in a clean one
PAGES.append(Page(
    name="h392-omer-bilan-electrification-rurale-2025",
    meta=omer_meta(["cookie-banner", "heading-glued", "mojibake-cp1250"]),
    blocks=[
        B(omer_top("Communiqués", "Communiqué | 01/12/2025", cookie=True)),
        P("Électrification rurale : 1 240 villages raccordés en 2025, un record pour l’OMER"),
        P("Antananarivo, le 1er décembre 2025 – L’Office malgache de l’électrification rurale (OMER) a raccordé "
          "1 240 villages au réseau ou à un mini-réseau solaire entre janvier et novembre 2025, contre 815 sur "
          "l’ensemble de l’année 2024, a annoncé lundi son directeur général, Hery Andrianasolo Rakotomalala. Le "
          "taux d’accès à l’électricité en milieu rural atteint désormais 19,4 % à Madagascar, contre 15,8 % un an "
          "plus tôt."),
        P("Les mini-réseaux en tête"),
        P("Près des deux tiers des nouveaux raccordements proviennent de 86 mini-réseaux solaires hybrides, d’une "
          "puissance totale de 14,6 mégawatts-crête, installés dans les régions Atsimo-Andrefana, Androy et Sava. "
          "Les autres villages ont été reliés au réseau interconnecté d’Antananarivo ou équipés de kits solaires "
          "individuels, dont 48 300 ont été vendus à crédit aux ménages.", glue=True),
        P("Le programme a bénéficié d’un financement de 62 millions de dollars de la Banque mondiale et de 18,5 "
          "millions d’euros de l’Union européenne (UE), complété par 41 milliards d’ariary du budget de l’État. "
          "Selon l’Office, le coût moyen d’un raccordement a baissé de près d’un quart en deux ans, à environ 1,3 "
          "million d’ariary par foyer.", moji="cp1250"),
        P("Les coupures restent toutefois fréquentes sur les mini-réseaux les plus anciens : 27 sites ont connu plus "
          "de 40 heures d’interruption par mois en 2025, faute de pièces de rechange. L’Office a lancé un appel "
          "d’offres pour la maintenance de ces installations, dont les [[rĂ©sultats||résultats]] seront connus en "
          "février 2026."),
        P("Objectifs 2026"),
        P("Pour 2026, l’OMER vise 1 600 nouveaux villages et la mise en service de la centrale solaire "
          "d’Ambatondrazaka, d’une capacité de 5 mégawatts, qui alimentera quelque 9 000 foyers autour du lac "
          "Alaotra. « Chaque village raccordé, ce sont des centres de santé qui conservent les vaccins, des écoles "
          "qui ouvrent le soir et des ateliers qui créent des emplois », a souligné le directeur général.", glue=True),
        L("Contact presse : Voahangy Ratsimbazafy, responsable de la communication – +261 34 05 218 47 – "
          "presse@omer-jiro.example.mg"),
        B(omer_bottom("Production solaire du jour (relevé de 10 h) : 412 MWh – 236 sites en service",
                      [OMER_REL["old1"], OMER_REL["old2"],
                       ("Antsirabe : le poste de Mahazoarivo sera modernisé en décembre", "12/11/2025")])),
    ],
    gold=dict(
        title="Électrification rurale : 1 240 villages raccordés en 2025, un record pour l’OMER",
        dateline=dl("Antananarivo", "2025-12-01"),
        organisations=[org("Office malgache de l’électrification rurale", "OMER"), org("Banque mondiale"),
                       org("Union européenne", "UE")],
        places=[place("Antananarivo"), place("Madagascar", "MG"), place("Atsimo-Andrefana"), place("Androy"),
                place("Sava"), place("Ambatondrazaka"), place("lac Alaotra")],
        figures=[
            fig("1 240 villages", 1240, "villages"),
            fig("en 2025", 2025, None, "year"),
            fig("le 1er décembre 2025", "2025-12-01", None, "date"),
            fig("novembre 2025", 2025, None, "year"),
            fig("815", 815, None),
            fig("2024", 2024, None, "year"),
            fig("19,4 %", 19.4, "%", "percent"),
            fig("15,8 %", 15.8, "%", "percent"),
            fig("Près des deux tiers", 0.6667, None, "other", qualifier="Près des"),
            fig("86 mini-réseaux", 86, "mini-réseaux"),
            fig("14,6 mégawatts-crête", 14.6, "mégawatts-crête", "other"),
            fig("48 300", 48300, None),
            fig("62 millions de dollars", 62000000, "dollars", "money", currency="USD"),
            fig("18,5 millions d’euros", 18500000, "euros", "money", currency="EUR"),
            fig("41 milliards d’ariary", 41000000000, "ariary", "money", currency="MGA"),
            fig("près d’un quart", 0.25, None, "other", qualifier="près d’"),
            fig("deux ans", 2, "ans", "duration"),
            fig("environ 1,3 million d’ariary", 1300000, "ariary", "money", qualifier="environ", currency="MGA"),
            fig("27 sites", 27, "sites"),
            fig("plus de 40 heures", 40, "heures", "duration", qualifier="plus de"),
            fig("février 2026", 2026, None, "year"),
            fig("2026", 2026, None, "year"),
            fig("1 600 nouveaux villages", 1600, "villages"),
            fig("5 mégawatts", 5, "mégawatts", "other"),
            fig("quelque 9 000 foyers", 9000, "foyers", qualifier="quelque"),
        ],
        phones=[phone("+261340521847")],
        emails=["presse@omer-jiro.example.mg"],
        contacts=[contact("Voahangy Ratsimbazafy", "responsable de la communication", None, ["+261340521847"],
                          ["presse@omer-jiro.example.mg"])],
        notes=OMER_NOTE + " The cookie banner opens this page only (the first page of the visit). Both subheadings "
              "are glued to the paragraph after them ('en têtePrès des', 'Objectifs 2026Pour 2026'). The funding "
              "paragraph is UTF-8 read as cp1250 ('bĂ©nĂ©ficiĂ©', 'dâ€™euros'), decoded; the next, clean paragraph "
              "keeps one half-repaired word 'rĂ©sultats', restored. 'contre 815 sur l’ensemble de l’année 2024': a "
              "count without noun and the year '2024' (h88-h103 'l’année 2024'). The heading 'Objectifs 2026' and 'Pour "
              "2026' give one text '2026' (h312-h327); 'février 2026' another. '48 300' (kits, noun before the "
              "number) unit null. 'par foyer', 'par mois' stay out of the figures. 'lac Alaotra' keeps its generic "
              "noun (h184-h199 lakes). 'un an plus tôt' is not a figure. 'l’État' is generic; 'l’Office' is the OMER. "
              "The contact line has no office label (organisation null).",
    ),
))

# --------------------------------------------------------------------------- h393 notice to subscribers: banner, unaccented capital title, ’ dropped, dated list, the chrome's breakdown line printed in the body
H393 = dict(apos="drop")
PAGES.append(Page(
    name="h393-omer-avis-coupures-antsirabe",
    meta=omer_meta(["unaccented-capitals", "lost-apostrophe"]),
    blocks=[
        B(omer_top("Avis aux abonnés", "Avis aux abonnés | 02/12/2025",
                   banner="Travaux sur le réseau d’Antsirabe du 8 au 10 décembre : consultez l’avis aux abonnés.")),
        P("[[AVIS AUX ABONNES : COUPURES PROGRAMMEES A ANTSIRABE DU 8 AU 10 DECEMBRE||AVIS AUX ABONNÉS : COUPURES "
          "PROGRAMMÉES À ANTSIRABE DU 8 AU 10 DÉCEMBRE]]"),
        P("L’Office malgache de l’électrification rurale informe ses abonnés du réseau d’Antsirabe que la fourniture "
          "d’électricité sera interrompue du lundi 8 au mercredi 10 décembre 2025, de 7 h à 17 h, pour permettre le "
          "remplacement du transformateur principal du poste de Mahazoarivo et la pose de 3,2 kilomètres de "
          "nouvelle ligne moyenne tension. Une vingtaine de techniciens seront mobilisés sur le chantier.", **H393),
        P("Les quartiers et communes concernés sont les suivants :"),
        L("""Lundi 8 décembre : Antsirabe centre, Mahazoarivo, Antsenakely
Mardi 9 décembre : Vinaninkarena, Andranomanelatra
Mercredi 10 décembre : Betafo et les villages raccordés à la ligne de Mandoto"""),
        P("Les hôpitaux, les centres de santé et les stations de pompage de la JIRAMA qui disposent de groupes "
          "électrogènes ont été prévenus. Les abonnés sont invités à débrancher leurs appareils pendant la coupure "
          "afin d’éviter tout dommage lors de la remise sous tension, qui pourra intervenir plus tôt si les travaux "
          "s’achèvent avant l’heure prévue.", **H393),
        P("Ces travaux, d’un montant de 2,7 milliards d’ariary, font partie du programme de renforcement du réseau "
          "d’Antsirabe financé par la Banque africaine de développement (BAD). Ils doivent réduire de moitié le "
          "nombre de coupures non programmées, qui a dépassé 160 heures cumulées depuis janvier.", **H393),
        P("L’Office prie ses abonnés de l’excuser pour la gêne occasionnée. Pour tout renseignement, ils peuvent "
          "s’adresser à l’agence d’Antsirabe ou au centre d’appels :", **H393),
        L(OMER_PANNE),
        L("Agence OMER d’Antsirabe – Tél. : 020 44 912 30 – Fax : 020 44 912 31 – antsirabe@omer-jiro.example.mg",
          **H393),
        B(omer_bottom("Production solaire du jour (relevé de 11 h) : 398 MWh – 236 sites en service",
                      [OMER_REL["h392"], OMER_REL["old1"], OMER_REL["old2"]])),
    ],
    gold=dict(
        title="AVIS AUX ABONNÉS : COUPURES PROGRAMMÉES À ANTSIRABE DU 8 AU 10 DÉCEMBRE",
        dateline=None,
        organisations=[org("Office malgache de l’électrification rurale", "OMER"), org(None, "JIRAMA"),
                       org("Banque africaine de développement", "BAD")],
        places=[place("Antsirabe"), place("Mahazoarivo"), place("Antsenakely"), place("Vinaninkarena"),
                place("Andranomanelatra"), place("Betafo"), place("Mandoto")],
        figures=[
            fig("8", "--12-08", None, "date"),
            fig("10 DÉCEMBRE", "--12-10", None, "date"),
            fig("lundi 8", "2025-12-08", None, "date"),
            fig("mercredi 10 décembre 2025", "2025-12-10", None, "date"),
            fig("3,2 kilomètres", 3.2, "kilomètres", "other"),
            fig("Une vingtaine de techniciens", 20, "techniciens"),
            fig("Lundi 8 décembre", "2025-12-08", None, "date"),
            fig("Mardi 9 décembre", "2025-12-09", None, "date"),
            fig("Mercredi 10 décembre", "2025-12-10", None, "date"),
            fig("2,7 milliards d’ariary", 2700000000, "ariary", "money", currency="MGA"),
            fig("moitié", 0.5, None, "other"),
            fig("160 heures", 160, "heures", "duration"),
        ],
        phones=[phone("+261204491230"), phone("+261204491231", "fax")],
        emails=["antsirabe@omer-jiro.example.mg"],
        contacts=[contact(None, None, "Agence OMER d’Antsirabe", ["+261204491230", "+261204491231"],
                          ["antsirabe@omer-jiro.example.mg"])],
        notes=OMER_NOTE + " A banner on this page. The notice's title is in capitals without accents ('ABONNES', "
              "'PROGRAMMEES', 'A ANTSIRABE', 'DECEMBRE'): accents come back. Every ’ of the body and of the office "
              "line is dropped ('Lélectricité', 'dAntsirabe', 'séviter'), restored; the chrome keeps its ’. A notice "
              "has no dateline. The body prints the site's own breakdown line 'Signaler une panne : 1818 (appel "
              "gratuit, 24 h/24)' word for word after 'ou au centre d’appels :': that copy is article text (the "
              "notice's own contact line), the footer's copy boilerplate; its short number is neither phone nor "
              "figure. The title's 'DU 8 AU 10 DÉCEMBRE' gives '8' (--12-08) and '10 DÉCEMBRE' (capital text as "
              "written); the body's 'du lundi 8 au mercredi 10 décembre 2025' gives 'lundi 8' and 'mercredi 10 "
              "décembre 2025' (h168-h183); the list rows take the year of that sentence (h244) and are other texts "
              "(capital weekday). The clock times 'de 7 h à 17 h' are not figures. 'Une vingtaine de techniciens' "
              "an approximate count (20). 'réduire de moitié' a fraction (h232-h247). 'depuis janvier' is not a "
              "figure. The OMER is written out in the body and its acronym stands in the office line (one "
              "organisation, both forms); JIRAMA by acronym only. The office line is one contact (person null) "
              "with a phone and a fax labelled 'Fax'.",
    ),
))

# --------------------------------------------------------------------------- h394 press invitation: banner, title printed twice, HTML debris (<p>, &nbsp;, &rsquo;, <br />), programme, accreditation block with a hidden e-mail, no app line
H394_P2 = ("Construit en quatorze mois par le groupement Ravinala Énergie – SolarKit Océan Indien, le mini-réseau "
           "associe 1,2 mégawatt-crête de panneaux solaires, des batteries d’une capacité de 3\u00a0400 "
           "kilowattheures et un groupe de secours. Il alimentera 2\u00a0100 foyers, 14 écoles, le centre de santé "
           "de base et une rizerie, soit près de 11\u00a0000 habitants qui n’avaient jamais eu accès à "
           "l’électricité.")
PAGES.append(Page(
    name="h394-omer-invitation-inauguration-ambohitsara",
    meta=omer_meta(["duplicate-title", "html-debris", "hidden-email"], app=False),
    blocks=[
        B(omer_top("Invitations presse", "Invitation presse | 03/12/2025",
                   banner="Médias : accréditations ouvertes jusqu’au lundi 8 décembre à 16 h pour l’inauguration "
                          "d’Ambohitsara.")),
        P("Invitation presse : inauguration du mini-réseau solaire d’Ambohitsara, dans la région Vatovavy"),
        B("Invitation presse : inauguration du mini-réseau solaire d’Ambohitsara, dans la région Vatovavy"),
        P("[[<p>||]]" + ent("Le directeur général de l’Office malgache de l’électrification rurale (OMER) et "
                            "l’ambassadeur de l’Union européenne à Madagascar ont le plaisir d’inviter les "
                            "représentants des médias à l’inauguration du mini-réseau solaire d’Ambohitsara, le "
                            "jeudi 11 décembre 2025 à 10 h, en présence des autorités de la région Vatovavy.", "’")
          + "[[</p>||]]"),
        P("[[<p>||]]" + ent(H394_P2, "’\u00a0") + "[[</p>||]]"),
        P("[[<p>||]]Le projet, d" + ent("’", "’") + "un coût de 4,8 millions d’euros, est cofinancé par l’Union "
          "européenne à hauteur de 75 % et par l’État malgache. Les ménages paieront un forfait mensuel de 12 000 à "
          "35 000 ariary selon leur consommation, grâce à des compteurs à prépaiement rechargeables par téléphone "
          "mobile.[[</p>||]]"),
        P("[[<p><strong>||]]Programme[[</strong></p>||]]"),
        L("""10 h : accueil des invités à l’école primaire publique d’Ambohitsara[[<br />||]]
10 h 30 : allocutions du maire d’Ambohitsara, du directeur général de l’OMER et de l’ambassadeur de l’Union européenne[[<br />||]]
11 h 15 : coupure du ruban et visite de la centrale[[<br />||]]
12 h : échanges avec les usagers et les journalistes"""),
        P("[[<p>||]]Un transport est organisé pour les journalistes au départ d’Antananarivo le mercredi 10 décembre "
          "à 6 h ; le trajet jusqu’à Mananjary dure environ neuf heures.[[</p>||]]"),
        L("""[[<p><strong>||]]Accréditations[[</strong><br />||]]
Les journalistes sont priés de s’accréditer avant le lundi 8 décembre à 16 h auprès de :[[<br />||]]
Voahangy Ratsimbazafy, responsable de la communication, OMER – +261 34 05 218 47 – [email protected][[<br />||]]
Tsiry Randriamanana, attaché de presse, Délégation de l’Union européenne – +261 20 22 242 16 / 032 11 420 87 – tsiry.randriamanana@eeas.europa.eu[[</p>||]]"""),
        B(omer_bottom("Production solaire du jour (relevé de 9 h) : 305 MWh – 237 sites en service",
                      [OMER_REL["h393"], OMER_REL["h392"], OMER_REL["old1"]], app=False)),
    ],
    gold=dict(
        title="Invitation presse : inauguration du mini-réseau solaire d’Ambohitsara, dans la région Vatovavy",
        dateline=None,
        organisations=[org("Office malgache de l’électrification rurale", "OMER"), org("Union européenne"),
                       org("Ravinala Énergie"), org("SolarKit Océan Indien")],
        places=[place("Ambohitsara"), place("Vatovavy"), place("Madagascar", "MG"), place("Antananarivo"),
                place("Mananjary")],
        figures=[
            fig("le jeudi 11 décembre 2025 à 10 h", "2025-12-11", None, "date"),
            fig("quatorze mois", 14, "mois", "duration"),
            fig("1,2 mégawatt-crête", 1.2, "mégawatt-crête", "other"),
            fig("3\u00a0400 kilowattheures", 3400, "kilowattheures", "other"),
            fig("2\u00a0100 foyers", 2100, "foyers"),
            fig("14 écoles", 14, "écoles"),
            fig("près de 11\u00a0000 habitants", 11000, "habitants", qualifier="près de"),
            fig("4,8 millions d’euros", 4800000, "euros", "money", currency="EUR"),
            fig("75 %", 75, "%", "percent"),
            fig("12 000", 12000, None, "money", currency="MGA"),
            fig("35 000 ariary", 35000, "ariary", "money", currency="MGA"),
            fig("le mercredi 10 décembre à 6 h", "--12-10", None, "date"),
            fig("environ neuf heures", 9, "heures", "duration", qualifier="environ"),
            fig("le lundi 8 décembre à 16 h", "--12-08", None, "date"),
        ],
        phones=[phone("+261340521847"), phone("+261202224216"), phone("+261321142087")],
        emails=["tsiry.randriamanana@eeas.europa.eu"],
        hidden_emails=1,
        contacts=[contact("Voahangy Ratsimbazafy", "responsable de la communication", "OMER", ["+261340521847"], []),
                  contact("Tsiry Randriamanana", "attaché de presse", "Délégation de l’Union européenne",
                          ["+261202224216", "+261321142087"], ["tsiry.randriamanana@eeas.europa.eu"])],
        notes=OMER_NOTE + " A second banner with another text (the accreditation deadline, chrome although the body "
              "repeats it); no app line on this page. The title is printed twice (second copy boilerplate). The "
              "body is the CMS's raw HTML: '<p>', '</p>', '<strong>', '<br />' removed, '&rsquo;' and '&nbsp;' "
              "decoded (U+00A0 kept in '3\u00a0400', '2\u00a0100', '11\u00a0000', whose figure texts carry it). An "
              "invitation: no dateline. 'le jeudi 11 décembre 2025 à 10 h' one date figure; 'le mercredi 10 "
              "décembre à 6 h' and the deadline 'avant le lundi 8 décembre à 16 h' keep their clock time and have no "
              "year of their own (the first sentence's year is not carried over, h248-h263). 'de 12 000 à 35 000 "
              "ariary': first bound money with unit null (MGA); 'selon leur consommation' is not a figure. The "
              "programme's clock times are not figures. 'le groupement Ravinala Énergie – SolarKit Océan Indien': two "
              "companies building the plant, each listed; 'Océan Indien' there is part of a name (no place). "
              "'l’État malgache' is generic; the maire and the ambassador are roles; 'école primaire publique "
              "d’Ambohitsara' a venue. The Union européenne is written without acronym on this page. Contacts: two "
              "accreditation lines, the first with an address hidden behind the e-mail-protection text (counted), "
              "the second with a Malagasy landline and a mobile after '/' without code (+261 by the page) and an "
              "address of the EU's diplomatic service (real domain, invented mailbox); the delegation is the "
              "contact's office as written (not listed apart, h40-h55).",
    ),
))

# --------------------------------------------------------------------------- h395 director general's speech: 'Recrutement' in the menu, no widget, own-line dateline, ’ and œ as '?', € lost
H395 = dict(apos="?", oe="?", noeuro=True)
PAGES.append(Page(
    name="h395-omer-discours-forum-electrification-rurale",
    meta=omer_meta(["lost-apostrophe", "oe-question-mark", "lost-euro", "double-space"]),
    blocks=[
        B(omer_top("Discours", "Discours | 04/12/2025", recrut=True)),
        P("Forum national de l’électrification rurale : le discours du directeur général"),
        P("Antananarivo, le 4 décembre 2025"),
        P("Monsieur le Ministre de l’Énergie et des Hydrocarbures,", **H395),
        P("Monsieur l’Ambassadeur, Chef de la Délégation de l’Union européenne,", **H395),
        P("Mesdames et Messieurs les représentants des partenaires techniques et financiers,"),
        P("Chers collègues, chers amis,"),
        P("Il y a dix ans, moins d’un ménage rural sur dix avait accès à l’électricité dans notre pays. "
          "Aujourd’hui, près d’un sur cinq en bénéficie, et notre ambition est claire : atteindre 50 % d’ici 2030, "
          "comme le prévoit la nouvelle politique énergétique adoptée par le Gouvernement.", **H395),
        P("Cette ambition a un prix. Nous estimons à 1,1 milliard de dollars les investissements nécessaires d’ici "
          "la fin de la décennie, dont au moins un tiers devra venir du secteur privé. C’est pourquoi nous avons "
          "simplifié les procédures d’attribution des concessions : le délai moyen est passé de 18 à 7 mois, et 23 "
          "opérateurs privés exploitent désormais des mini-réseaux sous le contrôle de l’Office.", **H395),
        P("Je veux saluer ici l’Union européenne, qui a mobilisé 9,5 M€ pour le programme Jiro Maitso, ainsi que la "
          "Banque mondiale et l’Agence française de développement (AFD), qui nous accompagnent depuis le premier "
          "jour. Grâce à vous, 312 000 personnes ont vu la lumière s’allumer chez elles cette année.", **H395),
        P("Mais l’électricité n’est pas une fin en soi. Elle doit servir le cœur de notre économie rurale : la "
          "décortiquerie de riz, l’atelier de soudure, la pompe d’irrigation. Nous testerons en 2026, dans 40 "
          "villages pilotes, un crédit de 120 € par foyer pour l’achat d’équipements productifs, remboursable en 24 "
          "mois.", **H395),
        P("Mesdames et Messieurs, les deux jours de ce forum doivent nous permettre de nous mettre d’accord sur les "
          "règles du jeu. Je souhaite que nos travaux soient francs, concrets, et qu’ils débouchent sur des "
          "engagements que nous pourrons mesurer dans un an. Nous avons mis en œuvre ensemble les premières "
          "étapes ; mettons maintenant en œuvre l’accélération.", **H395),
        P("Je vous remercie."),
        L("""Hery Andrianasolo Rakotomalala
Directeur général de l’Office malgache de l’électrification rurale""", **H395),
        B(omer_bottom(None, [OMER_REL["h394"], OMER_REL["h393"], OMER_REL["h392"]])),
    ],
    gold=dict(
        title="Forum national de l’électrification rurale : le discours du directeur général",
        dateline=dl("Antananarivo", "2025-12-04"),
        organisations=[org("Office malgache de l’électrification rurale"), org("Union européenne"),
                       org("Banque mondiale"), org("Agence française de développement", "AFD")],
        places=[place("Antananarivo")],
        figures=[
            fig("le 4 décembre 2025", "2025-12-04", None, "date"),
            fig("Il y a dix ans", 10, "ans", "duration"),
            fig("moins d’un ménage rural sur dix", 0.1, None, "other", qualifier="moins d’"),
            fig("près d’un sur cinq", 0.2, None, "other", qualifier="près d’"),
            fig("50 %", 50, "%", "percent"),
            fig("2030", 2030, None, "year"),
            fig("1,1 milliard de dollars", 1100000000, "dollars", "money", currency="USD"),
            fig("au moins un tiers", 0.3333, None, "other", qualifier="au moins"),
            fig("18", 18, None, "duration"),
            fig("7 mois", 7, "mois", "duration"),
            fig("23 opérateurs", 23, "opérateurs"),
            fig("9,5 M€", 9500000, "M€", "money", currency="EUR"),
            fig("312 000 personnes", 312000, "personnes"),
            fig("en 2026", 2026, None, "year"),
            fig("40 villages", 40, "villages"),
            fig("120 €", 120, "€", "money", currency="EUR"),
            fig("24 mois", 24, "mois", "duration"),
            fig("deux jours", 2, "jours", "duration"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes=OMER_NOTE + " No banner and no production widget on this page; the menu has a 'Recrutement' item that "
              "h392-h394 do not have. The speech was pasted through a Latin-1 trip with replacement: every ’ and œ "
              "of the salutations, the body and the signature is '?' ('l?Union', 'd?ici', 'le c?ur', 'mis en "
              "?uvre'), every € is dropped ('9,5 M pour', '120  par foyer' with a double space): each comes back "
              "(h200-h215, h232-h247). The CMS title above is intact. 'Antananarivo, le 4 décembre 2025' on its own "
              "line under the title is the dateline. 'Il y a dix ans' keeps 'Il y a' (h360-h375); 'moins d’un "
              "ménage rural sur dix' and 'près d’un sur cinq' are proportions (h312-h327, h200-h215); 'passé de 18 à "
              "7 mois': a first bound '18' (duration, unit null) and '7 mois'; 'd’ici 2030' gives '2030'; 'au moins "
              "un tiers' a fraction. '9,5 M€' with unit 'M€'; '120 € par foyer' (per unit out). 'dans un an', "
              "'premier jour', 'cette année' are not figures. The OMER is written out in the signature only (long "
              "form, no acronym on this page: 'l’Office' in the body); the ministry and the EU delegation stand "
              "only in salutations (roles, not listed); 'Jiro Maitso' is a programme; 'le Gouvernement' generic. "
              "The signature is not a contact.",
    ),
))

# --------------------------------------------------------------------------- h396 photo story: 'Recrutement' in the menu, 'Voir aussi', caption printed twice, English caption, a paragraph without accents, 'A' for 'À'
H396_CAP = ("Des maraîchères arrosent leurs parcelles grâce à la pompe solaire d’Ampanihy, le 26 novembre 2025. "
            "Photo : OMER/F. Rasoanaivo")
PAGES.append(Page(
    name="h396-omer-en-images-pompe-solaire-ampanihy",
    meta=omer_meta(["duplicate-caption", "english-caption", "stripped-accents", "unaccented-capitals"]),
    blocks=[
        B(omer_top("Reportages photo", "Reportage photo | 05/12/2025", recrut=True)),
        P("En images : à Ampanihy, l’eau pompée au soleil change la vie des maraîchères"),
        P(H396_CAP),
        B(H396_CAP),
        P("Women farmers water their plots with the solar pump in Ampanihy, 26 November 2025. Photo: OMER/F. "
          "Rasoanaivo"),
        P("Ampanihy, le 28 novembre 2025 – Dans ce district du Grand Sud, où il n’a presque pas plu depuis mars, une "
          "pompe solaire installée en juillet par l’OMER puise chaque jour quelque 45 mètres cubes d’eau dans la "
          "nappe, à 62 mètres de profondeur. Elle irrigue 8 hectares de cultures maraîchères exploités par une "
          "coopérative de 130 femmes."),
        P("« Avant, nous marchions deux heures pour remplir nos bidons, et nous ne cultivions qu’à la saison des "
          "pluies. Aujourd’hui, nous récoltons des tomates, des oignons et des choux toute l’année, et nous les "
          "vendons jusqu’à Toliara, sur le canal du Mozambique », raconte Soa Velonjara, présidente de la "
          "coopérative.", strip=True),
        P("[[A||À]] 180 kilomètres de là, la commune de Beloha attend une installation identique pour le premier "
          "trimestre 2026. Le programme prévoit 25 pompes solaires dans les régions Androy et Atsimo-Andrefana, pour "
          "un coût total de 3,9 milliards d’ariary financé par le Fonds international de développement agricole "
          "(FIDA)."),
        P("La coopérative a vendu 14 tonnes de légumes depuis août, pour un revenu de 21 millions d’ariary, soit "
          "environ 4 100 euros. Une partie sert à payer l’entretien de la pompe, que deux techniciennes du village "
          "ont appris à assurer."),
        P("La présidente de la coopérative, Soa Velonjara, devant les cuves de stockage de 20 000 litres."),
        B(omer_bottom("Production solaire du jour (relevé de 12 h) : 447 MWh – 238 sites en service",
                      [OMER_REL["h395"], OMER_REL["h394"], OMER_REL["h393"]], head="Voir aussi")),
    ],
    gold=dict(
        title="En images : à Ampanihy, l’eau pompée au soleil change la vie des maraîchères",
        dateline=dl("Ampanihy", "2025-11-28"),
        organisations=[org(None, "OMER"), org("Fonds international de développement agricole", "FIDA")],
        places=[place("Ampanihy"), place("Grand Sud"), place("Toliara"), place("canal du Mozambique"),
                place("Beloha"), place("Androy"), place("Atsimo-Andrefana")],
        figures=[
            fig("le 26 novembre 2025", "2025-11-26", None, "date"),
            fig("26 November 2025", "2025-11-26", None, "date"),
            fig("le 28 novembre 2025", "2025-11-28", None, "date"),
            fig("quelque 45 mètres cubes", 45, "mètres cubes", "other", qualifier="quelque"),
            fig("62 mètres", 62, "mètres", "other"),
            fig("8 hectares", 8, "hectares", "other"),
            fig("130 femmes", 130, "femmes"),
            fig("deux heures", 2, "heures", "duration"),
            fig("180 kilomètres", 180, "kilomètres", "other"),
            fig("2026", 2026, None, "year"),
            fig("25 pompes", 25, "pompes"),
            fig("3,9 milliards d’ariary", 3900000000, "ariary", "money", currency="MGA"),
            fig("14 tonnes", 14, "tonnes", "other"),
            fig("21 millions d’ariary", 21000000, "ariary", "money", currency="MGA"),
            fig("environ 4 100 euros", 4100, "euros", "money", qualifier="environ", currency="EUR"),
            fig("deux techniciennes", 2, "techniciennes"),
            fig("20 000 litres", 20000, "litres", "other"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes=OMER_NOTE + " No banner; the menu has the 'Recrutement' item (as h395) and the related block is titled "
              "'Voir aussi'. The first caption stands above the English caption and is printed twice (second copy "
              "boilerplate); the English caption is article text; the credits are not figures. The president's "
              "quote lost all its accents ('recoltons', 'l’annee', 'jusqu’a', 'presidente', 'cooperative'): they "
              "come back; 'A 180 kilomètres' is an unaccented capital. 'le 26 novembre 2025' and '26 November 2025' "
              "two date texts. 'premier trimestre 2026' gives '2026' (README). 'depuis mars', 'en juillet', 'depuis "
              "août' (months without day or year) are not figures; 'chaque jour' neither. The OMER is named by "
              "acronym only in the article (the credit 'OMER/F. Rasoanaivo' is a credit). 'district du Grand Sud' "
              "gives 'Grand Sud' (h200-h215); 'canal du Mozambique' keeps its generic noun (h184-h199). No "
              "contact.",
    ),
))


# =========================================================================== eleven other sites
# --------------------------------------------------------------------------- h397 Haitian school-meals foundation: no defect and no boilerplate
PAGES.append(Page(
    name="h397-fps-haiti-repas-scolaires-sud-grand-anse",
    meta={"site": "www.painetsavoir.example.ht", "style": "school-meals-foundation-clean", "defects": []},
    blocks=[
        P("La Fondation Pain et Savoir servira 2,4 millions de repas scolaires dans le Sud et la Grand’Anse"),
        P("Port-au-Prince, le 2 décembre 2025 – La Fondation Pain et Savoir (FPS) servira au cours de l’année "
          "scolaire 2025-2026 quelque 2,4 millions de repas chauds dans 96 écoles des départements du Sud et de la "
          "Grand’Anse, a annoncé sa directrice exécutive, Marie-Yolène Pierre-Louis. Le programme touchera 13 800 "
          "élèves de 5 à 14 ans, dont plus de la moitié de filles."),
        P("Les repas sont préparés avec du riz, des haricots, du maïs et des légumes achetés à 214 associations de "
          "producteurs locaux, ce qui représente un marché de 186 millions de gourdes pour les familles paysannes "
          "des deux départements. Le coût d’un repas est estimé à 38 gourdes, soit environ 0,29 dollar américain."),
        P("« Un enfant qui a faim ne peut pas apprendre. Dans certaines écoles de la Grand’Anse, la fréquentation a "
          "augmenté de 22 % l’an dernier grâce à la cantine », souligne la directrice. Selon une enquête menée en "
          "juin 2025 par la fondation avec le ministère de l’Éducation nationale et de la Formation professionnelle "
          "(MENFP), 61 % des élèves de ces écoles ne prenaient pas de petit-déjeuner avant les cours."),
        P("Le programme, d’un budget de 3,1 millions de dollars américains, est financé par le Programme alimentaire "
          "mondial (PAM), l’Union européenne et des donateurs de la diaspora haïtienne au Canada et aux États-Unis. "
          "Les premières livraisons sont prévues à Jérémie et à Port-Salut dès le 12 janvier 2026, à la reprise des "
          "cours."),
        L("""Contact presse :
Stéphanie Joseph, chargée de communication
Tél. : +509 2816 4120 / +509 3712 4580
communication@painetsavoir.example.ht"""),
    ],
    gold=dict(
        title="La Fondation Pain et Savoir servira 2,4 millions de repas scolaires dans le Sud et la Grand’Anse",
        dateline=dl("Port-au-Prince", "2025-12-02"),
        organisations=[org("Fondation Pain et Savoir", "FPS"),
                       org("ministère de l’Éducation nationale et de la Formation professionnelle", "MENFP"),
                       org("Programme alimentaire mondial", "PAM"), org("Union européenne")],
        places=[place("Sud"), place("Grand’Anse"), place("Port-au-Prince"), place("Canada", "CA"),
                place("États-Unis", "US"), place("Jérémie"), place("Port-Salut")],
        figures=[
            fig("2,4 millions de repas", 2400000, "repas"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("2025", 2025, None, "year"),
            fig("2026", 2026, None, "year"),
            fig("quelque 2,4 millions de repas", 2400000, "repas", qualifier="quelque"),
            fig("96 écoles", 96, "écoles"),
            fig("13 800 élèves", 13800, "élèves"),
            fig("5", 5, None, "age"),
            fig("14 ans", 14, "ans", "age"),
            fig("plus de la moitié", 0.5, None, "other", qualifier="plus de"),
            fig("214 associations", 214, "associations"),
            fig("186 millions de gourdes", 186000000, "gourdes", "money", currency="HTG"),
            fig("deux départements", 2, "départements"),
            fig("38 gourdes", 38, "gourdes", "money", currency="HTG"),
            fig("environ 0,29 dollar américain", 0.29, "dollar américain", "money", qualifier="environ",
                currency="USD"),
            fig("22 %", 22, "%", "percent"),
            fig("juin 2025", 2025, None, "year"),
            fig("61 %", 61, "%", "percent"),
            fig("3,1 millions de dollars américains", 3100000, "dollars américains", "money", currency="USD"),
            fig("le 12 janvier 2026", "2026-01-12", None, "date"),
        ],
        phones=[phone("+50928164120"), phone("+50937124580")],
        emails=["communication@painetsavoir.example.ht"],
        contacts=[contact("Stéphanie Joseph", "chargée de communication", None, ["+50928164120", "+50937124580"],
                          ["communication@painetsavoir.example.ht"])],
        notes="A made-up Haitian school-meals foundation in Port-au-Prince: no defect and no boilerplate (the page "
              "is the release alone). The title's '2,4 millions de repas scolaires' gives '2,4 millions de repas' "
              "(unit the head noun, the adjective after it out); the body's 'quelque 2,4 millions de repas' another "
              "text. 'l’année scolaire 2025-2026' is a season: two year figures '2025' and '2026' (h264-h279). 'de "
              "5 à 14 ans': '5' (age, unit null) and '14 ans'. 'plus de la moitié de filles' a fraction (h248-h263). "
              "'0,29 dollar américain' keeps the currency noun as unit (h232-h247). 'en juin 2025' gives the "
              "month-year 'juin 2025' (h344-h359); 'dès le 12 janvier 2026' the date with 'le'. 'l’an dernier' is not "
              "a figure. 'départements du Sud et de la Grand’Anse': the two départements are places (iso null), "
              "'Sud' included (h332 rule for regions named by a cardinal point). The ministry (a partner of the "
              "survey, h312-h327) is listed with its acronym; 'la fondation' is the FPS; 'la diaspora haïtienne' is "
              "not an organisation (a demonym phrase). Two Haitian numbers (landline 28.., mobile 37..) joined by "
              "'/'.",
    ),
))

# --------------------------------------------------------------------------- h398 canton of Jura's weekly government digest: listing of four items, '&#039;' thousands, a contact line glued to the next headline, 'oeuvre'
JURA_TOP = """République et Canton du Jura
Accueil | Autorités | Administration | Communiqués | Publications | Contact
FR | DE
Vous êtes ici : Accueil > Communiqués > Gouvernement
Communiqués du Gouvernement – séance du mardi 2 décembre 2025"""
JURA_BOTTOM = """Imprimer | Partager | Flux RSS
Retour à la liste des communiqués
Chancellerie d’État – Rue de l’Hôpital 2 – 2800 Delémont – Tél. 032 420 71 11 – chancellerie@jura-gouv.example.ch
© République et Canton du Jura – Mentions légales – Accessibilité"""
PAGES.append(Page(
    name="h398-jura-gouvernement-communiques-seance-listing",
    meta={"site": "www.jura-gouv.example.ch", "style": "cantonal-government-weekly-digest-listing", "listing": True,
          "defects": ["listing", "menu", "breadcrumb", "share-lines", "html-debris", "body-glued", "glued-phone",
                      "oe-written-out", "postcode-trap"]},
    blocks=[
        B(JURA_TOP),
        P("Le Gouvernement adopte un crédit de 4,2 millions de francs pour l’assainissement du collège de "
          "Porrentruy"),
        P("Le Gouvernement a adopté un crédit d’engagement de CHF 4[[&#039;||']]200[[&#039;||']]000 destiné à "
          "l’assainissement énergétique du bâtiment principal du collège Thurmann, à Porrentruy. Les travaux, "
          "prévus de l’été 2026 à la fin de 2027, permettront de réduire de 60 % la consommation de chauffage du "
          "bâtiment, construit en 1968 et fréquenté par quelque 640 élèves."),
        L("Renseignements : Élodie Vuilleumier, ministre de la Formation, de la Culture et des Sports, 032 420 54 03"),
        P("Agriculture de montagne : 38 exploitations soutenues dans les Franches-Montagnes"),
        P("Le Gouvernement a octroyé des aides d’un montant total de 1,35 million de francs à 38 exploitations "
          "agricoles des Franches-Montagnes pour la construction de citernes et de points d’eau. Les sécheresses de "
          "2022 et de 2025 ont contraint plusieurs éleveurs à transporter l’eau par camion pendant près de trois "
          "mois. L’Office fédéral de l’agriculture (OFAG) prendra en charge 40 % des coûts, le solde étant financé "
          "par le Canton et par les communes concernées."),
        L("Renseignements : Jacques-André Frossard, chef du Service de l’économie rurale, 032 420 74 00"),
        P("Plan climat cantonal : le Gouvernement met en consultation 42 mesures", glue=True),
        P("Le Gouvernement a mis en consultation jusqu’au 27 février 2026 le plan climat cantonal, qui compte 42 "
          "mesures réparties en six domaines. Sa mise en oeuvre coûterait environ 18 millions de francs sur dix ans. "
          "Le plan vise une baisse de 50 % des émissions de gaz à effet de serre du canton d’ici 2035 par rapport à "
          "1990. Une séance publique d’information aura lieu le 14 janvier 2026 à Delémont."),
        L("Renseignements : Raphaël Schaller, délégué à l’énergie et au climat, 032 420 53 90"),
        P("Nominations et démission"),
        P("Le Gouvernement a nommé Mme Chloé Girardin-Kohler au poste de cheffe de l’Office de l’environnement, avec "
          "entrée en fonction le 1er mars 2026. Il a pris acte de la démission de M. Pascal Theurillat, juge au "
          "Tribunal de première instance, pour le 31 mai 2026, après 17 ans d’activité."),
        L("Renseignements : Chancellerie d’État, 032 420 71 11"),
        B(JURA_BOTTOM),
    ],
    gold=dict(
        title="Le Gouvernement adopte un crédit de 4,2 millions de francs pour l’assainissement du collège de "
              "Porrentruy",
        dateline=None,
        organisations=[org("Office fédéral de l’agriculture", "OFAG")],
        places=[place("Porrentruy"), place("Franches-Montagnes"), place("Delémont")],
        figures=[
            fig("4,2 millions de francs", 4200000, "francs", "money", currency="CHF"),
            fig("CHF 4'200'000", 4200000, "CHF", "money", currency="CHF"),
            fig("2026", 2026, None, "year"),
            fig("2027", 2027, None, "year"),
            fig("60 %", 60, "%", "percent"),
            fig("en 1968", 1968, None, "year"),
            fig("quelque 640 élèves", 640, "élèves", qualifier="quelque"),
            fig("38 exploitations", 38, "exploitations"),
            fig("1,35 million de francs", 1350000, "francs", "money", currency="CHF"),
            fig("2022", 2022, None, "year"),
            fig("2025", 2025, None, "year"),
            fig("près de trois mois", 3, "mois", "duration", qualifier="près de"),
            fig("40 %", 40, "%", "percent"),
            fig("42 mesures", 42, "mesures"),
            fig("27 février 2026", "2026-02-27", None, "date"),
            fig("six domaines", 6, "domaines"),
            fig("environ 18 millions de francs", 18000000, "francs", "money", qualifier="environ", currency="CHF"),
            fig("dix ans", 10, "ans", "duration"),
            fig("50 %", 50, "%", "percent"),
            fig("2035", 2035, None, "year"),
            fig("1990", 1990, None, "year"),
            fig("le 14 janvier 2026", "2026-01-14", None, "date"),
            fig("le 1er mars 2026", "2026-03-01", None, "date"),
            fig("le 31 mai 2026", "2026-05-31", None, "date"),
            fig("17 ans", 17, "ans", "duration"),
        ],
        phones=[phone("+41324205403"), phone("+41324207400"), phone("+41324205390"), phone("+41324207111")],
        emails=[],
        contacts=[contact("Élodie Vuilleumier", "ministre de la Formation, de la Culture et des Sports", None,
                          ["+41324205403"]),
                  contact("Jacques-André Frossard", "chef du Service de l’économie rurale", None, ["+41324207400"]),
                  contact("Raphaël Schaller", "délégué à l’énergie et au climat", None, ["+41324205390"]),
                  contact(None, None, "Chancellerie d’État", ["+41324207111"])],
        notes="The made-up site of the government of the canton of Jura (Delémont, Switzerland): the weekly page of "
              "the government's decisions, four unrelated items (a listing: first headline = title, dateline null; "
              "the label 'Communiqués du Gouvernement – séance du mardi 2 décembre 2025' is boilerplate with the "
              "canton's name line, menu, language line, breadcrumb, the print/share/RSS line, the back link and the "
              "footer, whose postcode, phone and address are chrome). The digest has no time stamps (the séance's "
              "date stands only in the label). Each item ends with a 'Renseignements :' line (a contact: person, "
              "role as written, the Swiss number without code, +41 by the page; the last item's line is the "
              "Chancellery as an office, person null, the department not listed). The second item's contact line is "
              "glued to the third item's headline ('032 420 74 00Plan climat cantonal'): the raw line holds article "
              "text, the clean text splits it (tags 'body-glued' and 'glued-phone'). 'CHF 4&#039;200&#039;000': the "
              "entity comes back as the straight apostrophe (h120-h135), figure 'CHF 4'200'000' with unit 'CHF'; the "
              "headline's '4,2 millions de francs' another text. 'de l’été 2026 à la fin de 2027' gives '2026' and "
              "'2027' (h292, h340); 'construit en 1968' the year with 'en'; 'Les sécheresses de 2022 et de 2025' two "
              "years; 'd’ici 2035' and 'par rapport à 1990' years; 'jusqu’au 27 février 2026' the date without "
              "'jusqu’au'; 'pour le 31 mai 2026' the date with 'le'. '38 exploitations agricoles' and the headline's "
              "'38 exploitations' one text; '42 mesures' likewise. 'mise en oeuvre' is a valid spelling, kept. "
              "'Le Gouvernement', 'le Canton', 'les communes' are generic; the Office de l’environnement, the "
              "Tribunal de première instance and the Service de l’économie rurale stand only in roles (not listed); "
              "the OFAG (the federal office paying a share) is listed. Mme/M. stay out of names.",
    ),
))

# --------------------------------------------------------------------------- h399 Franco-Vietnamese medical centre in Hue: English release under French chrome, cp1252 quote, old-area-code fax
CMFV_TOP = """Centre médical franco-vietnamien de Huế
Tiếng Việt | Français | English
Accueil | Le Centre | Soins | Formation | Actualités | Nous soutenir | Contact
Accueil › Actualités › Communiqués
Ce communiqué n’est disponible qu’en anglais.
Publié le 03/12/2025"""
CMFV_BOTTOM = """Partager : Facebook | Zalo | LinkedIn | E-mail
Actualités récentes
› Journée mondiale de la vue : dépistage gratuit pour 1 400 écoliers de Huế (10/10/2025)
› Le Centre accueille sa 12e promotion d’internes français (15/09/2025)
Centre médical franco-vietnamien – 42 rue Lê Lợi, Huế – Tél. : +84 234 3822 100
Ce site utilise des cookies de mesure d’audience. J’accepte | En savoir plus"""
PAGES.append(Page(
    name="h399-cmfv-hue-cataract-programme-en",
    meta={"site": "www.cmfv-hue.example.vn", "style": "medical-centre-en-under-fr-chrome", "language": "en",
          "defects": ["english-page", "mojibake-cp1252", "menu", "breadcrumb", "share-lines", "cookie-banner"]},
    blocks=[
        B(CMFV_TOP),
        P("Hue eye partnership restores sight to 3,200 patients in central Vietnam"),
        P("HUE, Vietnam, December 3, 2025 – The Franco-Vietnamese Medical Centre of Hue (FVMC) and the French charity "
          "Regard Solidaire, based in Lyon, have performed 3,200 cataract operations in the central provinces of "
          "Thua Thien Hue, Quang Tri and Quang Binh since January, the partners said on Wednesday."),
        P("Some 71% of the patients were women, and nearly half were over 65. Each operation costs about 2.6 million "
          "dong (US$102), a sum that most farming families in the region cannot afford. Under the programme, "
          "patients pay nothing: the costs are shared between Regard Solidaire, the provincial health insurance "
          "fund and a €480,000 grant from the Auvergne-Rhône-Alpes Region."),
        P("\"Most of these patients had been blind for years – some for a decade. Two days after surgery, they can "
          "see their grandchildren again. It’s the most rewarding work I’ve done,\" said Dr Nguyen Thi Thu Ha, head "
          "of the centre’s ophthalmology department.", moji="cp1252"),
        P("The centre, founded in 2009 with support from the Hospices Civils de Lyon (HCL), has trained 46 "
          "Vietnamese eye surgeons. It plans to open a second operating theatre in Dong Ha in March 2026 and to "
          "extend screening to 120 mountain villages, where diabetic retinopathy is rising."),
        L("""Media contacts:
In Hue: Tran Minh Khoa, communications officer – +84 234 3822 145 – Fax: +84 54 3822 146 – khoa.tran@cmfv-hue.example.vn
In France: Camille Roux-Delorme, Regard Solidaire – +33 (0)4 78 62 19 45 – presse@regard-solidaire.example.org"""),
        B(CMFV_BOTTOM),
    ],
    gold=dict(
        title="Hue eye partnership restores sight to 3,200 patients in central Vietnam",
        dateline=dl("HUE", "2025-12-03"),
        organisations=[org("Franco-Vietnamese Medical Centre of Hue", "FVMC"), org("Regard Solidaire"),
                       org("Auvergne-Rhône-Alpes Region"), org("Hospices Civils de Lyon", "HCL")],
        places=[place("Hue"), place("Vietnam", "VN"), place("Lyon"), place("Thua Thien Hue"), place("Quang Tri"),
                place("Quang Binh"), place("Dong Ha"), place("France", "FR")],
        figures=[
            fig("3,200 patients", 3200, "patients"),
            fig("December 3, 2025", "2025-12-03", None, "date"),
            fig("3,200 cataract operations", 3200, "operations"),
            fig("Some 71%", 71, "%", "percent", qualifier="Some"),
            fig("nearly half", 0.5, None, "other", qualifier="nearly"),
            fig("over 65", 65, None, "age", qualifier="over"),
            fig("about 2.6 million dong", 2600000, "dong", "money", qualifier="about", currency="VND"),
            fig("US$102", 102, "US$", "money", currency="USD"),
            fig("€480,000", 480000, "€", "money", currency="EUR"),
            fig("Two days", 2, "days", "duration"),
            fig("in 2009", 2009, None, "year"),
            fig("46 Vietnamese eye surgeons", 46, "surgeons"),
            fig("March 2026", 2026, None, "year"),
            fig("120 mountain villages", 120, "villages"),
        ],
        phones=[phone("+842343822145"), phone("+84543822146", "fax", valid=False), phone("+33478621945")],
        emails=["khoa.tran@cmfv-hue.example.vn", "presse@regard-solidaire.example.org"],
        contacts=[contact("Tran Minh Khoa", "communications officer", None, ["+842343822145", "+84543822146"],
                          ["khoa.tran@cmfv-hue.example.vn"]),
                  contact("Camille Roux-Delorme", None, "Regard Solidaire", ["+33478621945"],
                          ["presse@regard-solidaire.example.org"])],
        notes="A made-up Franco-Vietnamese medical centre in Hue (Vietnam): an English release under the site's "
              "French chrome (name line in French and Vietnamese, language line, menu, breadcrumb, the French line "
              "saying the release exists only in English, the publication line, share line, related headlines, "
              "footer with the switchboard, cookie line: all boilerplate). language 'en'. The quote paragraph is "
              "UTF-8 read as cp1252 ('Itâ€™s', 'yearsâ€“'... 'â€“' for the en dash), decoded; its straight double "
              "quotes are kept (h296-h311). Dateline 'HUE, Vietnam, December 3, 2025 –': place as written in "
              "capitals, the country a place; the city is listed as 'Hue' (normal case, written so in the body; the "
              "chrome's 'Huế' is boilerplate) and the province 'Thua Thien Hue' as another place. 'over 65' (the "
              "patients' age): kind age, unit null, the English 'over' taken as a qualifier like 'more than' "
              "(new; see the notes of this set). 'nearly half' a fraction with 'nearly'. 'about 2.6 million dong' "
              "VND, unit 'dong'; 'US$102' and '€480,000' with their symbols. '46 Vietnamese eye surgeons' keeps the "
              "adjectives before the noun in the text (unit 'surgeons', as h360-h375's '31 new dykes'); '120 "
              "mountain villages' likewise. 'some for a decade' is not a figure; 'since January', 'on Wednesday' "
              "neither. The health insurance fund is generic; the region's council is listed as written ('Brittany "
              "Region', h366). Contacts: two lines with place labels ('In Hue', 'In France': places); the Hue fax "
              "keeps the old area code 54 of Thua Thien Hue (before the 2017 renumbering: possible, not valid, "
              "+84543822146); the French number '+33 (0)4 ...' drops the bracketed trunk 0.",
    ),
))

# --------------------------------------------------------------------------- h400 UN migration agency's Tunisia site in the seed's shape: fixed menu, ~60-column wraps with a split number, straight apostrophes, œ dropped, seed contact blocks with mailto debris
H400_MENU = """-
Qui sommes-nous
Qui sommes-nousL'OIM est l'organisation des Nations Unies chargée des migrations ; présente en Tunisie depuis 2001, elle soutient les autorités, les migrants et les communautés d'accueil.
Notre action
Notre action
- Protection et assistance
- Retour volontaire et réintégration
- Migration et développement
- Gestion des frontières
-
Médias
MédiasRetrouvez nos communiqués, reportages et contacts presse.
- Communiqués
- Reportages
-
S'engager
S'engager
- Faire un don
- Offres d'emploi
-"""
PAGES.append(Page(
    name="h400-oim-tunisie-retours-volontaires-sfax",
    meta={"site": "tunisie.oim-migrations.example.int", "style": "iom-country-site-seed-menu",
          "defects": ["menu", "duplicate-lines", "heading-glued", "hard-wrap", "wrapped-number", "lost-oe",
                      "html-debris"]},
    wrap=60, jitter=14,
    blocks=[
        B(H400_MENU),
        P("Tunisie : l'OIM aide 1 860 migrants bloqués à Sfax à rentrer chez eux", nowrap=True),
        P("Sfax - L'Organisation internationale pour les migrations (OIM) a aidé 1 860 migrants originaires "
          "d'Afrique de l'Ouest et du Centre, bloqués dans la région de Sfax, à regagner volontairement leur pays "
          "depuis le mois de juillet, dans le cadre de son programme d'aide au retour volontaire et à la "
          "réintégration. La plupart d'entre eux vivaient depuis plusieurs mois dans des oliveraies, sans accès à "
          "l'eau potable ni aux soins."),
        P("Parmi les personnes rapatriées figurent 412 femmes et 238 enfants, dont 57 mineurs non accompagnés. Les "
          "principaux pays de retour sont la Guinée, la Côte d'Ivoire, le Mali et le Burkina Faso. Avant leur "
          "départ, toutes ont reçu un examen médical, des vêtements et une allocation de 1⏎000 dinars tunisiens, "
          "soit environ 290 euros, pour couvrir leurs premiers besoins."),
        P("« Ces hommes et ces femmes ont tout risqué pour partir. Rentrer n'est pas un échec : c'est souvent la "
          "seule option sûre qui leur reste », explique Leila Ben Ammar, cheffe du bureau de l'OIM à Sfax. « Notre "
          "travail commence vraiment une fois qu'ils sont de retour, avec leurs familles et leurs communautés. »"),
        P("Dans les pays d'origine, l'OIM et ses partenaires mettent en œuvre des projets de réintégration : "
          "formation professionnelle, appui à la création de petites entreprises, soutien psychosocial. Depuis "
          "2023, plus de 6 500 migrants rentrés de Tunisie en ont bénéficié, dont 71 % disent avoir retrouvé une "
          "source de revenus au bout d'un an.", oe="drop"),
        P("Le programme est financé par l'Union européenne, l'Italie et le Royaume des Pays-Bas, pour un montant de "
          "14,5 millions d'euros sur trois ans. L'OIM travaille en coordination avec le Croissant-Rouge tunisien et "
          "les autorités tunisiennes, qui délivrent les laissez-passer et facilitent l'accès aux vols affrétés "
          "depuis l'aéroport de Sfax-Thyna."),
        L("""Pour plus d'informations, veuillez contacter:
Leila Ben Ammar
OIM Sfax
Tél. : +216 74 40 12 36 Ext. 204
Mobile : +216 98 52 14 07
E-mail :
[["mailto:lbenammar@iom.int">||]]lbenammar@iom.int
Hichem Trabelsi
OIM Tunis
Tél. : +216 71 23 45 67
E-mail :
[["mailto:htrabelsi@iom.int">||]]htrabelsi@iom.int"""),
    ],
    gold=dict(
        title="Tunisie : l'OIM aide 1 860 migrants bloqués à Sfax à rentrer chez eux",
        dateline=dl("Sfax"),
        organisations=[org("Organisation internationale pour les migrations", "OIM"), org("Union européenne"),
                       org("Croissant-Rouge tunisien")],
        places=[place("Tunisie", "TN"), place("Sfax"), place("Afrique de l'Ouest"), place("Guinée", "GN"),
                place("Côte d'Ivoire", "CI"), place("Mali", "ML"), place("Burkina Faso", "BF"),
                place("Italie", "IT"), place("Royaume des Pays-Bas", "NL"), place("Sfax-Thyna"), place("Tunis")],
        figures=[
            fig("1 860 migrants", 1860, "migrants"),
            fig("412 femmes", 412, "femmes"),
            fig("238 enfants", 238, "enfants"),
            fig("57 mineurs", 57, "mineurs"),
            fig("1 000 dinars tunisiens", 1000, "dinars tunisiens", "money", currency="TND"),
            fig("environ 290 euros", 290, "euros", "money", qualifier="environ", currency="EUR"),
            fig("2023", 2023, None, "year"),
            fig("plus de 6 500 migrants", 6500, "migrants", qualifier="plus de"),
            fig("71 %", 71, "%", "percent"),
            fig("14,5 millions d'euros", 14500000, "euros", "money", currency="EUR"),
            fig("trois ans", 3, "ans", "duration"),
        ],
        phones=[phone("+21674401236", extension="204"), phone("+21698521407"), phone("+21671234567")],
        emails=["lbenammar@iom.int", "htrabelsi@iom.int"],
        contacts=[contact("Leila Ben Ammar", None, "OIM Sfax", ["+21674401236", "+21698521407"],
                          ["lbenammar@iom.int"]),
                  contact("Hichem Trabelsi", None, "OIM Tunis", ["+21671234567"], ["htrabelsi@iom.int"])],
        notes="The UN migration agency's Tunisia country site (made-up host) in the seed's shape: a fixed menu with "
              "bare '-' lines, doubled labels and two labels glued to their blurb ('Qui sommes-nousL'OIM ...', "
              "'MédiasRetrouvez ...': boilerplate, the blurb's '2001' chrome), the title, then the body hard-wrapped "
              "at about 46-60 columns (joined), one wrap splitting '1' / '000 dinars tunisiens'; straight "
              "apostrophes throughout (kept, '« »' kept); œ dropped ('mettent en uvre'); the seed's contact blocks "
              "with 'Ext.' and mailto debris ('\"mailto:x@iom.int\">x@iom.int' → the bare address). No bottom "
              "chrome. Dateline 'Sfax -' (town, hyphen, no date: date null, h312-h327 'Obock -'). 'd'Afrique de "
              "l'Ouest et du Centre' gives 'Afrique de l'Ouest' (straight apostrophe as written); 'du Centre' alone "
              "is not a name. 'depuis le mois de juillet', 'plusieurs mois', 'au bout d'un an' are not figures; "
              "'Depuis 2023' gives '2023'. '1 000 dinars tunisiens' (TND, unit as written) and 'environ 290 euros' "
              "two money figures. 'l'Italie et le Royaume des Pays-Bas' (funders) are places, the formal name "
              "listed as written with NL (h360-h375 formal-name rule); 'l'aéroport de Sfax-Thyna' gives 'Sfax-Thyna' "
              "(h348 airport rule). 'les autorités tunisiennes' generic; the Croissant-Rouge tunisien is listed. "
              "Contacts: two seed blocks, the office labels 'OIM Sfax' and 'OIM Tunis' kept as the contacts' "
              "organisations (README 'OIM Rome'), Tunis a place; the Sfax landline carries 'Ext. 204'.",
    ),
))

# --------------------------------------------------------------------------- h401 Rodrigues lagoon association's WordPress page as raw HTML: <h1>, <h2> glued to <p>, entities, &nbsp; figures, CDN e-mail protection, mailto anchor, cookie, comments
H401_TOP = """Nous utilisons des cookies pour vous offrir la meilleure expérience sur notre site. OK | En savoir plus
Lagon Vivant – Association pour la protection du lagon de Rodrigues
Accueil | L’association | Nos actions | Actualités | Adhérer | Contact
Récif de Rodrigues : 40 000 boutures de corail replantées en deux ans – Lagon Vivant"""
H401_BOTTOM = """<footer class="entry-meta">Catégories : <a href="/categorie/actualites/">Actualités</a>, Récifs | Étiquettes : corail, Rodrigues, lagon</footer>
Partager : Facebook | WhatsApp | E-mail
Soutenez nos plongeurs : un don de 500 roupies finance la plantation de 20 boutures. Faire un don
2 commentaires
Marie-Claire L. – 2 décembre 2025 à 08:14
Bravo à toute l’équipe ! Nous avons vu les pépinières en plongée à Grand Baie, c’est impressionnant.
Répondre
Jean-Paul Begué – 2 décembre 2025 à 11:37
Est-ce que les visiteurs peuvent participer aux plantations ?
Répondre
Laisser un commentaire
Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
Commentaire *
Nom *
E-mail *
Publier le commentaire
© 2025 Lagon Vivant – Propulsé par WordPress | Thème Astra"""
H401_P1 = ("L’association Lagon Vivant a replanté plus de 40\u00a0000 boutures de corail dans le lagon de Rodrigues "
           "depuis novembre 2023, sur 14 sites répartis entre Grand Baie et l’îlot Gombrani. Selon le dernier suivi "
           "scientifique, 68\u00a0% des boutures ont survécu, un taux supérieur à la moyenne observée dans l’océan "
           "Indien.")
H401_P2 = ("Les boutures sont d’abord cultivées pendant six à neuf mois sur des structures immergées à 5 mètres de "
           "profondeur, avant d’être fixées sur les zones dégradées par les plongeurs de l’association, formés avec "
           "l’appui de la Commission de l’océan Indien (COI). Vingt-deux pêcheurs du village de Baie du Nord "
           "participent aux plantations, qui leur assurent un complément de revenu de 9\u00a0500 roupies par mois.")
H401_P4 = ("Le programme, d’un coût de 6,2 millions de roupies, est financé par le Fonds pour l’environnement mondial "
           "(FEM) à travers son programme de microfinancements, par l’Assemblée régionale de Rodrigues et par des "
           "entreprises touristiques de l’île. Il doit s’étendre en 2026 à la zone de Mourouk, où le blanchissement "
           "de 2024 a touché près de 30\u00a0% des coraux.")
PAGES.append(Page(
    name="h401-lagon-vivant-rodrigues-boutures-corail",
    meta={"site": "www.lagonvivant-rodrigues.example.mu", "style": "island-ngo-wordpress-raw-html",
          "defects": ["html-debris", "heading-glued", "hidden-email", "cookie-banner", "menu", "duplicate-title",
                      "share-lines", "donation-block", "comments-widget"]},
    blocks=[
        B(H401_TOP),
        P('[[<h1 class="entry-title">||]]Récif de Rodrigues : 40 000 boutures de corail replantées en deux ans'
          '[[</h1>||]]'),
        B('<span class="posted-on"><time datetime="2025-12-01T09:30:00+04:00">1 décembre 2025</time></span> '
          '<span class="byline">par Lagon Vivant</span>'),
        P("[[<p><strong>||]]Port Mathurin, le 1er décembre 2025[[</strong> &ndash;|| –]] " + ent(H401_P1, "’\u00a0")
          + "[[</p>||]]"),
        P("[[<h2>||]]Des pépinières en pleine mer[[</h2>||]]"),
        P("[[<p>||]]" + ent(H401_P2, "’\u00a0") + "[[</p>||]]", glue=True),
        P("[[<p>&laquo;&nbsp;<em>||«\u00a0]]Il y a dix ans, on ne voyait plus que du corail mort devant Port "
          "Mathurin. Aujourd[[&rsquo;||’]]hui, les poissons reviennent, et les touristes aussi[[</em>&nbsp;&raquo;"
          "||\u00a0»]], se réjouit Jean-Noël Perrine, président de Lagon Vivant.[[</p>||]]"),
        P("[[<p>||]]" + ent(H401_P4, "’\u00a0") + "[[</p>||]]"),
        L('[[<p><strong>||]]Contact presse :[[</strong>||]] Anaïs Félicité, chargée de communication [[&ndash;||–]] '
          '+230 832 1745 / +230 5729 4816 [[&ndash;||–]] [[<a href="/cdn-cgi/l/email-protection" '
          'class="__cf_email__" data-cfemail="1c7d727d756f32...">||]][email protected][[</a></p>||]]\n'
          '[[<p>||]]Programme de microfinancements du FEM à Maurice : [[<a href="mailto:Sgp.Mauritius@UNDP.example.org">||]]'
          'Sgp.Mauritius@UNDP.example.org[[</a></p>||]]'),
        B(H401_BOTTOM),
    ],
    gold=dict(
        title="Récif de Rodrigues : 40 000 boutures de corail replantées en deux ans",
        dateline=dl("Port Mathurin", "2025-12-01"),
        organisations=[org("Lagon Vivant"), org("Commission de l’océan Indien", "COI"),
                       org("Fonds pour l’environnement mondial", "FEM"), org("Assemblée régionale de Rodrigues")],
        places=[place("Rodrigues"), place("Port Mathurin"), place("Grand Baie"), place("Gombrani"),
                place("océan Indien"), place("Baie du Nord"), place("Mourouk"), place("Maurice", "MU")],
        figures=[
            fig("40 000 boutures", 40000, "boutures"),
            fig("deux ans", 2, "ans", "duration"),
            fig("le 1er décembre 2025", "2025-12-01", None, "date"),
            fig("plus de 40\u00a0000 boutures", 40000, "boutures", qualifier="plus de"),
            fig("novembre 2023", 2023, None, "year"),
            fig("14 sites", 14, "sites"),
            fig("68\u00a0%", 68, "%", "percent"),
            fig("six", 6, None, "duration"),
            fig("neuf mois", 9, "mois", "duration"),
            fig("5 mètres", 5, "mètres", "other"),
            fig("Vingt-deux pêcheurs", 22, "pêcheurs"),
            fig("9\u00a0500 roupies", 9500, "roupies", "money", currency="MUR"),
            fig("Il y a dix ans", 10, "ans", "duration"),
            fig("6,2 millions de roupies", 6200000, "roupies", "money", currency="MUR"),
            fig("en 2026", 2026, None, "year"),
            fig("2024", 2024, None, "year"),
            fig("près de 30\u00a0%", 30, "%", "percent", qualifier="près de"),
        ],
        phones=[phone("+2308321745"), phone("+23057294816")],
        emails=["sgp.mauritius@undp.example.org"],
        hidden_emails=1,
        contacts=[contact("Anaïs Félicité", "chargée de communication", None, ["+2308321745", "+23057294816"]),
                  contact(None, None, "Programme de microfinancements du FEM à Maurice", [],
                          ["sgp.mauritius@undp.example.org"])],
        notes="A made-up lagoon association of Rodrigues (Mauritius) on WordPress, scraped as raw HTML: the cookie "
              "line, the site name and menu, the browser-title copy of the title with the site name (tag "
              "'duplicate-title'), the '<span class=\"posted-on\">' metadata line, the category/tag footer line, "
              "share line, donation call, comment thread and form and the theme footer are boilerplate. The "
              "article lines carry '<h1 class=\"entry-title\">', '<p>', '<strong>', '<em>', '&rsquo;', '&ndash;', "
              "'&laquo;&nbsp;', '&nbsp;&raquo;' and '&nbsp;' inside numbers (U+00A0 kept in the clean text and in "
              "the figure texts '40\u00a0000', '68\u00a0%', '9\u00a0500', '30\u00a0%'): removed or decoded. The "
              "subheading '<h2>...</h2>' is glued to the next '<p>' (split). The press contact's address sits behind "
              "the CDN e-mail-protection link (anchor removed, '[email protected]' counted, h248-h263); the second "
              "line's mailto anchor is written with capitals (listed in lower case). The title's '40 000 boutures' "
              "(plain space) and the body's 'plus de 40\u00a0000 boutures' are two texts (h184-h199); 'en deux ans' "
              "gives 'deux ans'. 'pendant six à neuf mois': 'six' (duration, unit null) and 'neuf mois'. 'Il y a dix "
              "ans' keeps 'Il y a'. 'le blanchissement de 2024' gives '2024'. '9\u00a0500 roupies par mois' (per "
              "unit out), MUR. Places: 'Grand Baie' and 'Baie du Nord' (names whose generic word is part of them, "
              "h184-h199), 'l’îlot Gombrani' gives 'Gombrani', 'océan Indien' with its generic noun, 'la zone de "
              "Mourouk' gives 'Mourouk', 'Maurice' (MU) from the programme's label; 'Rodrigues' also stands inside "
              "the regional assembly's name (listed as an organisation, funding). Contacts: the press line (person "
              "and role, a Rodrigues landline 832 and a mobile, the hidden address) and an office line labelled by "
              "the small-grants programme (person null).",
    ),
))

# --------------------------------------------------------------------------- h402 DR Congo fisheries and livestock ministry on an old CMS: '::' menu with a doubled label, unaccented capital title, article-info line, 70-column wraps with two split numbers, ’ dropped, a paragraph without accents, acronym before long form
H402_APOS = dict(apos="drop")
PAGES.append(Page(
    name="h402-rdc-peche-elevage-fievre-aphteuse-ituri",
    meta={"site": "www.peche-elevage.example.gouv.cd", "style": "ministry-old-cms-hard-wrap",
          "defects": ["menu", "duplicate-lines", "cms-footer", "hard-wrap", "wrapped-number", "lost-apostrophe",
                      "stripped-accents", "unaccented-capitals"]},
    wrap=70, jitter=8,
    blocks=[
        B("""République Démocratique du Congo
Ministère de la Pêche et Elevage
Accueil :: Le Ministère :: Actualités :: Actualités :: Documents :: Projets :: Contacts"""),
        P("[[FIEVRE APHTEUSE||FIÈVRE APHTEUSE]] : LE GOUVERNEMENT LANCE LA VACCINATION DE 350 000 BOVINS DANS "
          "L'ITURI ET LE NORD-KIVU", nowrap=True),
        B("Publié le Mardi, 02 Décembre 2025 10:14 | Écrit par Cellule de communication | Affichages : 1284"),
        P("Kinshasa, le 2 décembre 2025 – Le ministère de la Pêche et [[Elevage||Élevage]] a lancé lundi à Bunia une "
          "campagne de vaccination d’urgence contre la fièvre aphteuse, qui vise quelque 350⏎000 bovins dans les "
          "provinces de l’Ituri et du Nord-Kivu. Depuis le mois de septembre, 87 foyers de la maladie ont été "
          "confirmés dans les territoires de Djugu, de Mahagi et de Beni, où plus de 4 100 animaux sont morts ou "
          "ont dû être abattus.", **H402_APOS),
        P("Les 600 000 doses de vaccin ont été acquises pour 1,8 million de dollars américains grâce à l’appui de la "
          "FAO (Organisation des Nations unies pour l’alimentation et l’agriculture) et de la Banque africaine de "
          "développement. Elles seront administrées gratuitement par 140 équipes vétérinaires pendant 45 jours, "
          "avec le concours des éleveurs regroupés au sein de la Fédération des éleveurs de l’Ituri (FEDEI).",
          **H402_APOS),
        P("La maladie ne se transmet pas à l’homme, mais elle provoque une chute brutale de la production de lait et "
          "interdit la vente des animaux sur les marchés. Le prix d’une vache a baissé de près de 40 % sur le marché "
          "de Bunia, où elle se négociait autour de 650 000 francs congolais avant l’épidémie, a précisé le "
          "ministre.", strip=True, **H402_APOS),
        P("[[A||À]] l’issue du lancement, le ministre a annoncé des contrôles renforcés aux frontières avec "
          "l’Ouganda et le Soudan du Sud, par où transitent chaque année environ 120⏎000 têtes de bétail. Tout "
          "mouvement d’animaux entre territoires est suspendu jusqu’au 31 janvier 2026. Les contrevenants "
          "s’exposent à une amende de 500 000 francs congolais par animal.", **H402_APOS),
        L("""Pour toute information :
Cellule de communication du Ministère de la Pêche et [[Elevage||Élevage]]
Tél. : [00 243] 081 234 5678 – [00 243] 099 845 12 03
E-mail : communication@peche-elevage.example.gouv.cd"""),
        B("""PDF | Imprimer | Envoyer
< Précédent   Suivant >
Visiteurs : 2318446
Copyright © 2025 Ministère de la Pêche et Elevage. Tous droits réservés. Boulevard du 30 Juin, Kinshasa/Gombe"""),
    ],
    gold=dict(
        title="FIÈVRE APHTEUSE : LE GOUVERNEMENT LANCE LA VACCINATION DE 350 000 BOVINS DANS L'ITURI ET LE NORD-KIVU",
        dateline=dl("Kinshasa", "2025-12-02"),
        organisations=[org("ministère de la Pêche et Élevage"),
                       org("Organisation des Nations unies pour l’alimentation et l’agriculture", "FAO"),
                       org("Banque africaine de développement"), org("Fédération des éleveurs de l’Ituri", "FEDEI")],
        places=[place("Ituri"), place("Nord-Kivu"), place("Kinshasa"), place("Bunia"), place("Djugu"),
                place("Mahagi"), place("Beni"), place("Ouganda", "UG"), place("Soudan du Sud", "SS")],
        figures=[
            fig("350 000 BOVINS", 350000, "BOVINS"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("quelque 350 000 bovins", 350000, "bovins", qualifier="quelque"),
            fig("87 foyers", 87, "foyers"),
            fig("plus de 4 100 animaux", 4100, "animaux", qualifier="plus de"),
            fig("600 000 doses", 600000, "doses"),
            fig("1,8 million de dollars américains", 1800000, "dollars américains", "money", currency="USD"),
            fig("140 équipes", 140, "équipes"),
            fig("45 jours", 45, "jours", "duration"),
            fig("près de 40 %", 40, "%", "percent", qualifier="près de"),
            fig("650 000 francs congolais", 650000, "francs congolais", "money", currency="CDF"),
            fig("environ 120 000 têtes", 120000, "têtes", qualifier="environ"),
            fig("31 janvier 2026", "2026-01-31", None, "date"),
            fig("500 000 francs congolais", 500000, "francs congolais", "money", currency="CDF"),
        ],
        phones=[phone("+243812345678"), phone("+243998451203")],
        emails=["communication@peche-elevage.example.gouv.cd"],
        contacts=[contact(None, None, "Cellule de communication du Ministère de la Pêche et Élevage",
                          ["+243812345678", "+243998451203"], ["communication@peche-elevage.example.gouv.cd"])],
        notes="The (made-up host of the) DR Congo ministry of fisheries and livestock on an old Joomla-like CMS: "
              "state and ministry lines, a '::' menu with 'Actualités' twice, the article-info line under the title, "
              "the PDF/print line, previous/next links, the visitor counter and the copyright line (with 'Boulevard "
              "du 30 Juin', a street name, not a figure) are boilerplate. The capital title lost its accent "
              "('FIEVRE') and keeps its straight apostrophe (h88-h103); the ministry's name lost the capital É "
              "('Elevage') in the body and the contact line. The body is hard-wrapped at about 62-70 columns "
              "(joined); four wraps split a figure ('quelque 350' / '000 bovins', 'plus de 4' / '100 animaux', 'pres de 40' / '% sur le marche', 'environ 120' / '000 têtes'). Every "
              "’ of the body is dropped ('dune', 'lIturi', 'jusquau'), restored; the third paragraph also lost its "
              "accents ('a l’homme' → 'à l’homme', 'marches', 'negociait'): restored. 'A l’issue' is an unaccented "
              "capital. The dateline is the ministry's seat (Kinshasa), the launch being in Bunia. The title's '350 "
              "000 BOVINS' and the body's 'quelque 350 000 bovins' are two texts. 'la FAO (Organisation ...)': the "
              "acronym before its long form (one organisation). 'autour de 650 000 francs congolais': 'autour de' is "
              "not a qualifier (h104-h119); 'par animal' out; 'jusqu’au 31 janvier 2026' the date without "
              "'jusqu’au'. 'depuis le mois de septembre', 'chaque année' are not figures. The ministry is listed "
              "from the body (acting, lower case as written); 'le Gouvernement' and 'le ministre' are not listed. "
              "The contact is the communication cell (person null) with two numbers written '[00 243] 0..' (the "
              "survey's shape: +243, the trunk 0 dropped).",
    ),
))

# --------------------------------------------------------------------------- h403 German embassy in Cameroon: German/French chrome, dashes lost (dateline, inserted clause, contact lines), a glued sentence, space before a comma, « » with “ ”, an obfuscated address
DE_TOP = """Deutsche Botschaft Jaunde | Ambassade de la République fédérale d’Allemagne à Yaoundé
Deutsch | Français | English
Accueil | L’Ambassade | Services consulaires | Visas | Coopération | Actualités
Accueil > Actualités > Coopération"""
DE_BOTTOM = """Partager | Imprimer | Envoyer
Dernière mise à jour : 03.12.2025
Ambassade de la République fédérale d’Allemagne – Avenue Charles de Gaulle, BP 1160 Yaoundé – Tél. : +237 222 21 00 56
Mentions légales | Protection des données | Accessibilité
Ce site n’utilise que des cookies techniquement nécessaires. OK"""
DASH = "[[  || – ]]"
PAGES.append(Page(
    name="h403-ambassade-allemagne-cameroun-forets-sud-est",
    meta={"site": "jaunde.diplo-allemagne.example.de", "style": "embassy-news-german-french-chrome",
          "defects": ["lost-dash", "double-space", "body-glued", "space-before-comma", "mixed-quotes",
                      "obfuscated-email", "menu", "breadcrumb", "share-lines", "cookie-banner", "postcode-trap"]},
    blocks=[
        B(DE_TOP),
        P("L’Allemagne et le Cameroun lancent un programme de 32 millions d’euros pour les forêts du Sud-Est"),
        B("03.12.2025 – Article"),
        P("Yaoundé, le 3 décembre 2025" + DASH + "L’Allemagne et le Cameroun ont signé mardi à Yaoundé un accord de "
          "coopération de 32 millions d’euros pour la gestion durable des forêts du Sud-Est, a annoncé l’ambassade "
          "d’Allemagne. Le programme, mis en œuvre par la Deutsche Gesellschaft für Internationale Zusammenarbeit "
          "(GIZ) et la KfW, couvrira les départements de la Boumba-et-Ngoko et du Haut-Nyong pendant cinq ans."),
        P("Près de 1,2 million d’hectares de forêt dense humide, dont le parc national de Lobéké, sont concernés."),
        P("Le programme financera la formation de 300 écogardes, la cartographie participative de 64 villages "
          "riverains et l’appui aux filières de produits forestiers non ligneux, comme la mangue sauvage et le "
          "miel.", glue=True),
        P("« Les forêts du bassin du Congo sont le deuxième poumon de la planète" + DASH + "et leur avenir se joue "
          "aussi ici, à la frontière avec la Centrafrique et le Congo », a déclaré l’ambassadeur d’Allemagne, "
          "Matthias Kronberger. Le ministre camerounais des Forêts et de la Faune, Jean-Baptiste Essomba Ndongo, a "
          "salué “un partenariat qui met les communautés au centre”."),
        P("Depuis 2015[[ ,||,]] la coopération allemande a consacré plus de 210 millions d’euros à la protection de "
          "l’environnement au Cameroun. Le nouvel accord prévoit aussi un fonds de 4,5 milliards de francs CFA pour "
          "financer des microprojets portés par les communes forestières, dont le premier appel sera lancé en mars "
          "2026."),
        L("Contact presse :\n"
          "Service de presse de l’ambassade d’Allemagne" + DASH + "Sandrine Mbarga Owona, chargée de presse" + DASH
          + "+237 222 21 00 59 / +237 6 99 41 27 85" + DASH + "presse [at] jaun.diplo-allemagne.example.de\n"
          "À Berlin : Service de presse du ministère fédéral des Affaires étrangères" + DASH + "+49 30 1817 2345"
          + DASH + "presse@diplo-allemagne.example.de"),
        B(DE_BOTTOM),
    ],
    gold=dict(
        title="L’Allemagne et le Cameroun lancent un programme de 32 millions d’euros pour les forêts du Sud-Est",
        dateline=dl("Yaoundé", "2025-12-03"),
        organisations=[org("ambassade d’Allemagne"),
                       org("Deutsche Gesellschaft für Internationale Zusammenarbeit", "GIZ"), org(None, "KfW")],
        places=[place("Allemagne", "DE"), place("Cameroun", "CM"), place("Sud-Est"), place("Yaoundé"),
                place("Boumba-et-Ngoko"), place("Haut-Nyong"), place("Lobéké"), place("Congo", "CG"),
                place("Centrafrique", "CF"), place("Berlin")],
        figures=[
            fig("32 millions d’euros", 32000000, "euros", "money", currency="EUR"),
            fig("le 3 décembre 2025", "2025-12-03", None, "date"),
            fig("cinq ans", 5, "ans", "duration"),
            fig("Près de 1,2 million d’hectares", 1200000, "hectares", "other", qualifier="Près de"),
            fig("300 écogardes", 300, "écogardes"),
            fig("64 villages", 64, "villages"),
            fig("2015", 2015, None, "year"),
            fig("plus de 210 millions d’euros", 210000000, "euros", "money", qualifier="plus de", currency="EUR"),
            fig("4,5 milliards de francs CFA", 4500000000, "francs CFA", "money", currency="XAF"),
            fig("mars 2026", 2026, None, "year"),
        ],
        phones=[phone("+237222210059"), phone("+237699412785"), phone("+493018172345")],
        emails=["presse@diplo-allemagne.example.de"],
        contacts=[contact("Sandrine Mbarga Owona", "chargée de presse", "Service de presse de l’ambassade d’Allemagne",
                          ["+237222210059", "+237699412785"]),
                  contact(None, None, "Service de presse du ministère fédéral des Affaires étrangères",
                          ["+493018172345"], ["presse@diplo-allemagne.example.de"])],
        notes="The German embassy in Yaoundé, Cameroon (made-up host; real body carrying invented news): German/French "
              "name line, language line, menu, breadcrumb, the date/type line under the title, share line, update "
              "line, footer with BP box and switchboard, legal line and cookie line are boilerplate. Every en dash "
              "of the article was dropped, leaving double spaces: in the dateline ('2025  L’Allemagne'), before an "
              "inserted clause in the quote ('planète  et') and between the items of the two contact lines; each "
              "comes back as ' – '. Two sentences are glued ('concernés.Le programme', split). 'Depuis 2015 ,' has a "
              "space before the comma (removed). The ambassador's quote is in « », the minister's words in “ ” "
              "(kept). Organisations: the embassy announcing the agreement is listed as written in lower case "
              "(h365, the source of the release); the GIZ under its German long form with its acronym; the KfW by "
              "acronym only (never spelt out). 'la coopération allemande' is generic (h152-h167); the minister's "
              "ministry stands only in his role. Places: 'Allemagne' and 'Cameroun' (acting countries), 'Sud-Est' "
              "(the region named by its cardinal point, h332), the two départements, 'Lobéké' (from 'le parc national "
              "de Lobéké'), 'Congo' once with CG for 'le bassin du Congo' and 'le Congo' (the country at the border; "
              "places by distinct name), 'Centrafrique' (CF), 'Berlin' from the contact label. 'Près de 1,2 million "
              "d’hectares' a measure with its scale; 'le deuxième poumon' an ordinal word (not a figure). Contacts: "
              "the embassy's press officer (her only address obfuscated with '[at]': kept as written, not listed) "
              "and the Berlin press office (person null, German number with +49).",
    ),
))

# --------------------------------------------------------------------------- h404 Nouakchott news portal reprinting an AMI dispatch: ticker, kicker, byline, ASCII-case damage in a company's name, a cp1250 paragraph, a half-repaired word, a glued sentence, 'L’Etat', wire initials, votes and comments
H404_TOP = """Nouakchott Info – L’actualité mauritanienne en continu
Accueil | Politique | Économie | Société | Régions | Sport | International
EN CONTINU ▸ Pêche : ouverture de la campagne du poulpe le 15 décembre ▸ BCM : le taux directeur maintenu à 6,5 % ▸ Santé : 48 000 enfants vaccinés contre la rougeole au Hodh El Gharbi
ÉCONOMIE"""
H404_BOTTOM = """AMI/MS
0 votes
Partager : Facebook | X | WhatsApp
2 commentaires
Sidi M. – 2 décembre 2025 à 19:12
Et combien pour les ouvriers ? Toujours les mêmes salaires depuis 2019.
Aminetou – 2 décembre 2025 à 20:05
Bonne nouvelle pour le pays, mais il faut transformer le fer ici.
Laisser un commentaire
Votre nom
Votre message
Envoyer
Les plus lus
1. Nouadhibou : le nouveau port de pêche artisanale inauguré (3 412 lectures)
2. BCM : l’ouguiya stable face à l’euro (2 108 lectures)
© 2025 Nouakchott Info – Tous droits réservés – BP 5127 Nouakchott"""
PAGES.append(Page(
    name="h404-nouakchott-info-snim-exportations-fer",
    meta={"site": "www.nouakchott-info.example.mr", "style": "news-portal-agency-reprint-cp1250",
          "defects": ["case-damage", "mojibake-cp1250", "body-glued", "unaccented-capitals", "menu", "ticker",
                      "wire-slug", "votes-widget", "share-lines", "comments-widget", "postcode-trap"]},
    blocks=[
        B(H404_TOP),
        P("Zouérate : la SNIM a exporté 12,4 millions de tonnes de minerai de fer en onze mois"),
        B("Par la rédaction avec AMI | 2 décembre 2025 à 18:40 | Lecture : 3 min"),
        P("Nouadhibou, 2 déc. 2025 (AMI) – La [[sociÉtÉ nationale industrielle et miniÈre||Société nationale "
          "industrielle et minière]] (SNIM) a exporté 12,4 millions de tonnes de minerai de fer entre janvier et "
          "novembre 2025, en hausse de 8,6 % sur un an, a indiqué mardi à Nouadhibou son administrateur directeur "
          "général, Mohamed Vall Ould Cheikh Sidiya."),
        P("Le minerai est extrait dans les mines de Zouérate et de Guelb el Rhein, puis acheminé sur 704 kilomètres "
          "par le train minier jusqu’au port de Nouadhibou, sur l’océan Atlantique. La société prévoit d’atteindre "
          "14 millions de tonnes en 2026, grâce à la mise en service d’un nouveau concentrateur financé à hauteur de "
          "320 millions de dollars par un consortium de banques arabes.", moji="cp1250"),
        P("Les recettes d’exportation ont atteint 1,9 milliard de dollars, soit près de 40 % des exportations du "
          "pays. [[L’Etat||L’État]], actionnaire à 78 %, a perçu 210 millions de dollars de dividendes et de "
          "redevances."),
        P("Les syndicats de la SNIM ont toutefois [[dĂ©noncĂ©||dénoncé]] les conditions de travail des 5 200 "
          "ouvriers des sites miniers, où les températures dépassent 45 °C en été.", glue=True),
        P("Le ministre du Pétrole, des Mines et de l’Énergie a annoncé en octobre le lancement d’un audit "
          "environnemental du corridor ferroviaire, réclamé par les communes de Choum et de F’Derik."),
        B(H404_BOTTOM),
    ],
    gold=dict(
        title="Zouérate : la SNIM a exporté 12,4 millions de tonnes de minerai de fer en onze mois",
        dateline=dl("Nouadhibou", "2025-12-02"),
        organisations=[org("Société nationale industrielle et minière", "SNIM"), org(None, "AMI")],
        places=[place("Zouérate"), place("Nouadhibou"), place("Guelb el Rhein"), place("océan Atlantique"),
                place("Choum"), place("F’Derik")],
        figures=[
            fig("12,4 millions de tonnes", 12400000, "tonnes", "other"),
            fig("onze mois", 11, "mois", "duration"),
            fig("2 déc. 2025", "2025-12-02", None, "date"),
            fig("novembre 2025", 2025, None, "year"),
            fig("8,6 %", 8.6, "%", "percent"),
            fig("704 kilomètres", 704, "kilomètres", "other"),
            fig("14 millions de tonnes", 14000000, "tonnes", "other"),
            fig("en 2026", 2026, None, "year"),
            fig("320 millions de dollars", 320000000, "dollars", "money", currency="USD"),
            fig("1,9 milliard de dollars", 1900000000, "dollars", "money", currency="USD"),
            fig("près de 40 %", 40, "%", "percent", qualifier="près de"),
            fig("78 %", 78, "%", "percent"),
            fig("210 millions de dollars", 210000000, "dollars", "money", currency="USD"),
            fig("5 200 ouvriers", 5200, "ouvriers"),
            fig("45 °C", 45, "°C", "other"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes="A made-up Nouakchott news portal reprinting a dispatch of the Mauritanian news agency (AMI, real, "
              "invented story): site name, menu, the 'EN CONTINU ▸' ticker (its numbers and date are chrome), the "
              "rubric kicker 'ÉCONOMIE', the byline/time/reading line under the title, the wire initials 'AMI/MS' "
              "(tag 'wire-slug'), '0 votes', share line, comments and form, 'Les plus lus' with reading counts and "
              "the footer with its BP box are boilerplate. The mining company's name is case-damaged ('sociÉtÉ "
              "nationale industrielle et miniÈre') and comes back in its usual form; the second paragraph is UTF-8 "
              "read as cp1250 ('jusquâ€™au', 'lâ€™ocĂ©an'), decoded; the third keeps a half-repaired word "
              "('dĂ©noncĂ©') in an otherwise clean paragraph glued to the previous sentence ('redevances.Les "
              "syndicats', split); 'L’Etat' is an unaccented capital. Dateline 'Nouadhibou, 2 déc. 2025 (AMI) –' "
              "(abbreviated month with year, h328-h343): figure '2 déc. 2025', the agency acronym only (its long form "
              "is nowhere written). The title's '12,4 millions de tonnes' and the body's are one text (a measure with "
              "its scale, kind other); 'en onze mois' gives 'onze mois'. 'sur un an', 'en octobre', 'en été' are "
              "not figures. 'Guelb el Rhein' (a mine named after its site) and 'océan Atlantique' (with its generic "
              "noun) are places; 'le pays' and 'L’État' are generic; the minister's ministry stands only in his "
              "role. No contact.",
    ),
))

# --------------------------------------------------------------------------- h405 browser print view of a Quebec ministry's release: print header and footer printed twice, a page break inside a paragraph, œ as '?', a doubled combining accent, a double space
MRIF_HEAD = ("02/12/2025 14:37      Le Québec soutient 18 projets de coopération internationale en Haïti et au Sénégal "
             "| Ministère des Relations internationales et de la Francophonie")
MRIF_URL = "https://www.mrif.example.gouv.qc.ca/fr/salle-de-presse/communiques/2025/12/02/pqdi-haiti-senegal"
H405_P3A = ("« La solidarité internationale fait partie de l’ADN du Québec. Ces projets, conçus avec les communautés "
            "elles-mêmes, permettront à plus de 40 000 personnes d’améliorer durablement leurs conditions de vie », a "
            "déclaré la ministre. Chaque projet recevra une subvention de 60 000 $ à")
H405_P3B = ("150 000 $ sur une période maximale de trois ans, et les organismes devront fournir une contribution d’au "
            "moins 10 % du budget total.")
PAGES.append(Page(
    name="h405-mrif-quebec-pqdi-haiti-senegal-print",
    meta={"site": "www.mrif.example.gouv.qc.ca", "style": "provincial-ministry-browser-print-view",
          "defects": ["print-furniture", "oe-question-mark", "double-combining-accent", "double-space", "breadcrumb",
                      "share-lines"]},
    blocks=[
        B(MRIF_HEAD + "\n"
          "Ministère des Relations internationales et de la Francophonie\n"
          "Accueil > Salle de presse > Communiqués\n"
          "Communiqué de presse | Publié le 2 décembre 2025"),
        P("Le Québec soutient 18 projets de coopération internationale en Haïti et au Sénégal"),
        P("QUÉBEC, le 2 décembre 2025 – La ministre des Relations internationales et de la Francophonie, Geneviève "
          "Tremblay-Lachance, annonce l’octroi de 2,35 millions $ à 18 projets menés par des organismes de "
          "coopération internationale québécois en Haïti et au Sénégal, dans le cadre du Programme québécois de "
          "développement international (PQDI)."),
        P("Les projets retenus porteront notamment sur l’accès à l’eau potable, la santé maternelle et la formation "
          "professionnelle des jeunes. En Haïti, 11 projets se dérouleront principalement dans les départements du "
          "Nord et de l’Artibonite ; au Sénégal, 7 projets seront mis en œuvre dans les régions de Kolda, de "
          "[[Se\u0301\u0301dhiou||Sédhiou]] et de Ziguinchor.", oe="?"),
        X(H405_P3A, H405_P3A + " " + H405_P3B),
        B(MRIF_URL + "      1/2\n" + MRIF_HEAD),
        X(H405_P3B, ""),
        P("Depuis sa création en 1997, le PQDI a soutenu plus de 900 projets dans 34 pays de la Francophonie. "
          "L’Association québécoise des organismes de coopération internationale (AQOCI), qui regroupe 68 "
          "organisations,[[  || ]]a salué l’annonce."),
        L("""Source :
Mathieu Gagnon-Roy
Attaché de presse
Cabinet de la ministre des Relations internationales et de la Francophonie
Tél. : 418 649-2400, poste 57412
Information :
Direction des communications
Ministère des Relations internationales et de la Francophonie
Tél. : 1 877 555-0123
medias@mrif.example.gouv.qc.ca"""),
        B("Partager : Facebook | X | LinkedIn | Courriel\n"
          "© Gouvernement du Québec, 2025\n" + MRIF_URL + "      2/2"),
    ],
    gold=dict(
        title="Le Québec soutient 18 projets de coopération internationale en Haïti et au Sénégal",
        dateline=dl("QUÉBEC", "2025-12-02"),
        organisations=[org("Association québécoise des organismes de coopération internationale", "AQOCI"),
                       org("Ministère des Relations internationales et de la Francophonie")],
        places=[place("Québec"), place("Haïti", "HT"), place("Sénégal", "SN"), place("Nord"), place("Artibonite"),
                place("Kolda"), place("Sédhiou"), place("Ziguinchor")],
        figures=[
            fig("18 projets", 18, "projets"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("2,35 millions $", 2350000, "$", "money", currency="CAD"),
            fig("11 projets", 11, "projets"),
            fig("7 projets", 7, "projets"),
            fig("plus de 40 000 personnes", 40000, "personnes", qualifier="plus de"),
            fig("60 000 $", 60000, "$", "money", currency="CAD"),
            fig("150 000 $", 150000, "$", "money", currency="CAD"),
            fig("trois ans", 3, "ans", "duration"),
            fig("au moins 10 %", 10, "%", "percent", qualifier="au moins"),
            fig("en 1997", 1997, None, "year"),
            fig("plus de 900 projets", 900, "projets", qualifier="plus de"),
            fig("34 pays", 34, "pays"),
            fig("68 organisations", 68, "organisations"),
        ],
        phones=[phone("+14186492400", extension="57412"), phone("+18775550123")],
        emails=["medias@mrif.example.gouv.qc.ca"],
        contacts=[contact("Mathieu Gagnon-Roy", "Attaché de presse",
                          "Cabinet de la ministre des Relations internationales et de la Francophonie",
                          ["+14186492400"]),
                  contact(None, None, "Direction des communications", ["+18775550123"],
                          ["medias@mrif.example.gouv.qc.ca"])],
        notes="A browser's print view of a release of Quebec's international-relations ministry (made-up host; the "
              "ministry is real, the news, people and numbers invented): the print header (print date and time, "
              "page title with the site's name) at the top and again after the page break, the print footer (URL "
              "and '1/2', '2/2'), the site-name line, breadcrumb, type/publication line, share line and copyright "
              "line are boilerplate (print-furniture, h136-h151). The page break falls inside the third paragraph "
              "('une subvention de 60 000 $ à' / '150 000 $ sur une période'): one clean line. œ is '?' in the second "
              "paragraph ('mis en ?uvre'); 'Sédhiou' carries a doubled combining acute on a decomposed e (one é, "
              "h184-h199); one double space after a comma. Dateline 'QUÉBEC, le 2 décembre 2025 –' (the city, in "
              "capitals as written); 'Québec' is listed once in normal case for the city and for 'Le Québec' (the "
              "province acting), places being listed by distinct name. '2,35 millions $' and the range 'de 60 000 $ "
              "à 150 000 $' are CAD ('$' on a Quebec page), the first bound keeping its own '$'. 'Depuis sa création "
              "en 1997' gives 'en 1997'. The Programme québécois de développement international (PQDI) is a "
              "programme (not an organisation); the minister's ministry, named in her role in the body, is listed "
              "because the 'Information :' block names the whole body (h56-h71); the minister's cabinet and the "
              "communications directorate are the contacts' offices as written. Contacts: the 'Source :' press "
              "attaché (role with its capital as written, 418 number with 'poste 57412') and the 'Information :' "
              "office (toll-free 1 877 number offered to the press, e-mail).",
    ),
))

# --------------------------------------------------------------------------- h406 CEMAC Commission's PDF in a browser's PDF viewer: viewer toolbar lines, CJK junk line, letterhead, two-line capital title, right-aligned dateline, hyphenation, ligatures, U+2010, a dotless ı, a flattened footnote digit, a page break inside a paragraph
H406_T1 = ("Les ministres des Transports et des Finances des six États membres de la Communauté économique et "
           "monétaire de l’Afrique centrale (CEMAC), réunis les 26 et 27 novembre à Bangui, ont adopté un "
           "programme d’investissement de 1 240 milliards de francs CFA pour l’aménagement de six corridors "
           "routiers inscrits au Programme économique régional[[1||¹]] et reliant les capitales de la sous-région. "
           "Le programme, qui couvre la période 2026-2030, doit porter de 61 % à 85 % la part des routes bitumées "
           "sur ces axes.")
H406_T2 = ("Les corridors Douala–Bangui–N’Djamena et [[Pointe‐Noire||Pointe-Noire]]–Brazzaville–Bangui, jugés "
           "prioritaires, recevront près de 58 % des financements. Sur ces deux axes, le transport d’un conteneur de "
           "20 pieds entre le port et la capitale prend encore en moyenne 21 jours et coûte jusqu’à 6,5 millions de "
           "francs CFA, soit près de trois fois plus qu’en Afrique de l’Est.")
H406_T3 = ("Le financement sera assuré à 35 % par les budgets nationaux, le reste provenant de la Banque de "
           "développement des États de l’Afrique centrale (BDEAC), de la Banque africaine de développement (BAD), de "
           "l’Union européenne et d’investisseurs [[prıvés||privés]] dans le cadre de contrats de partenariat "
           "[[public‐privé||public-privé]]. Les premiers appels d’offres seront lancés au premier semestre 2026, "
           "après la validation des études techniques par les États.")
H406_T4 = ("Le président de la Commission de la CEMAC, Baltasar Ndong Obiang, a appelé les États à lever les "
           "barrages routiers illégaux, dont le nombre est estimé à 47 sur le seul corridor Douala–N’Djamena, qui "
           "allongent les délais et renchérissent le prix des denrées. Un observatoire régional des pratiques "
           "anormales sera installé à Yaoundé d’ici juin 2026.")
H406_FN = ("[[1||¹]] Le Programme économique régional (PER) 2026-2030 a été adopté par la Conférence des chefs d’État "
           "de la CEMAC en mars 2025.")
H406_CONTACT = ("Contact presse : Direction de la Communication de la Commission de la CEMAC – Tél. : +236 21 61 47 80 – "
                "Mobile : +236 72 18 45 09 – communication@cemac.example.int")


def h406_x(marked, seed, width=90):
    return X("\n".join(pdflines(marked, width, seed, lig=True)), side(marked, 1))


H406_T3_LINES = pdflines(H406_T3, 90, "h406-t3", lig=True)
PAGES.append(Page(
    name="h406-cemac-corridors-routiers-pdf-viewer",
    meta={"site": "www.cemac.example.int", "style": "regional-commission-pdf-in-browser-viewer",
          "defects": ["pdf-chrome", "stray-unicode-cjk", "page-furniture", "pdf-hyphenation",
                      "stray-unicode-ligature", "stray-unicode-hyphen", "dotless-i", "pdf-footnote-digit"]},
    blocks=[
        B("""communique-047-CEMAC-COM-25.pdf
Afficher/masquer la barre latérale | Rechercher | Page précédente | Page suivante
1 sur 2
Zoom automatique
Mode présentation | Ouvrir | Imprimer | Télécharger | Outils
䡓䡉䍆䄠䌠
COMMUNAUTÉ ÉCONOMIQUE ET MONÉTAIRE DE L’AFRIQUE CENTRALE
La Commission
Direction de la Communication
COMMUNIQUÉ DE PRESSE N° 047/CEMAC/COM/25"""),
        X("        LA CEMAC ADOPTE UN PLAN DE 1 240 MILLIARDS DE FRANCS CFA\n"
          "             POUR LES CORRIDORS ROUTIERS RÉGIONAUX",
          "LA CEMAC ADOPTE UN PLAN DE 1 240 MILLIARDS DE FRANCS CFA POUR LES CORRIDORS ROUTIERS RÉGIONAUX"),
        X(" " * 60 + "Bangui, le 28 novembre 2025", "Bangui, le 28 novembre 2025"),
        h406_x(H406_T1, "h406-t1"),
        h406_x(H406_T2, "h406-t2"),
        X("\n".join(H406_T3_LINES[:2]), side(H406_T3, 1)),
        X(side(H406_FN, 0), side(H406_FN, 1)),
        B("BP 969 Bangui – République centrafricaine – www.cemac.example.int" + " " * 24 + "1/2\n"
          "Commission de la CEMAC – Communiqué de presse n° 047/CEMAC/COM/25"),
        X("\n".join(H406_T3_LINES[2:]), ""),
        h406_x(H406_T4, "h406-t4"),
        X(H406_CONTACT, H406_CONTACT),
        B("BP 969 Bangui – République centrafricaine – www.cemac.example.int" + " " * 24 + "2/2"),
    ],
    gold=dict(
        title="LA CEMAC ADOPTE UN PLAN DE 1 240 MILLIARDS DE FRANCS CFA POUR LES CORRIDORS ROUTIERS RÉGIONAUX",
        dateline=dl("Bangui", "2025-11-28"),
        organisations=[org("Communauté économique et monétaire de l’Afrique centrale", "CEMAC"),
                       org("Banque de développement des États de l’Afrique centrale", "BDEAC"),
                       org("Banque africaine de développement", "BAD"), org("Union européenne")],
        places=[place("Bangui"), place("Douala"), place("N’Djamena"), place("Pointe-Noire"), place("Brazzaville"),
                place("Afrique de l’Est"), place("Yaoundé")],
        figures=[
            fig("1 240 MILLIARDS DE FRANCS CFA", 1240000000000, "FRANCS CFA", "money", currency="XAF"),
            fig("le 28 novembre 2025", "2025-11-28", None, "date"),
            fig("six États", 6, "États"),
            fig("26", "--11-26", None, "date"),
            fig("27 novembre", "--11-27", None, "date"),
            fig("1 240 milliards de francs CFA", 1240000000000, "francs CFA", "money", currency="XAF"),
            fig("six corridors", 6, "corridors"),
            fig("2026", 2026, None, "year"),
            fig("2030", 2030, None, "year"),
            fig("61 %", 61, "%", "percent"),
            fig("85 %", 85, "%", "percent"),
            fig("près de 58 %", 58, "%", "percent", qualifier="près de"),
            fig("deux axes", 2, "axes"),
            fig("20 pieds", 20, "pieds", "other"),
            fig("21 jours", 21, "jours", "duration"),
            fig("jusqu’à 6,5 millions de francs CFA", 6500000, "francs CFA", "money", qualifier="jusqu’à",
                currency="XAF"),
            fig("près de trois fois", 3, "fois", "other", qualifier="près de"),
            fig("35 %", 35, "%", "percent"),
            fig("mars 2025", 2025, None, "year"),
            fig("47", 47, None),
            fig("juin 2026", 2026, None, "year"),
        ],
        phones=[phone("+23621614780"), phone("+23672184509")],
        emails=["communication@cemac.example.int"],
        contacts=[contact(None, None, "Direction de la Communication de la Commission de la CEMAC",
                          ["+23621614780", "+23672184509"], ["communication@cemac.example.int"])],
        notes="A release of the Commission of the Central African economic and monetary community (real body, "
              "invented news; made-up host) as the text layer of a browser's built-in PDF viewer: the file-name "
              "line, the toolbar lines ('Afficher/masquer la barre latérale | Rechercher | ...', '1 sur 2', 'Zoom "
              "automatique', 'Mode présentation | Ouvrir | Imprimer | Télécharger | Outils') are viewer chrome "
              "(tag 'pdf-chrome'), with a CJK junk line, the PDF's letterhead and release number (a PDF without CMS "
              "title, h56-h71), the running footer with its BP box and page mark and the second page's running "
              "header. The capital title is centred over two lines (one clean line); the dateline 'Bangui, le 28 "
              "novembre 2025' is right-aligned on its own line. The body is wrapped at about 85-90 columns with "
              "hyphenation at line ends and fi/fl ligatures (joined, expanded); 'Pointe‐Noire' and 'public‐privé' "
              "carry U+2010; 'prıvés' a dotless ı (h120-h135: a French word, repaired). The footnote mark flattened "
              "to '1' after 'régional' comes back as '¹' (h136-h151) and is no figure; the footnote line, at the foot "
              "of page 1, follows the paragraph cut by the page break (h336 order), its 'mars 2025' a year figure "
              "while 'PER 2026-2030' is a plan's name. The third paragraph is cut by the page break (one clean "
              "line). Figures: the title's capital '1 240 MILLIARDS DE FRANCS CFA' and the body's text are two; 'les "
              "26 et 27 novembre' gives '26' and '27 novembre'; 'la période 2026-2030' (a programme's period, not "
              "its name) two years, '2026' also for 'premier semestre 2026'; 'de 61 % à 85 %' two percents; 'un "
              "conteneur de 20 pieds' a measure; 'en moyenne 21 jours' ('en moyenne' is no qualifier); 'estimé à "
              "47' a count without noun; 'd’ici juin 2026' the month-year. Organisations: the CEMAC, BDEAC and BAD "
              "with their acronyms, the Union européenne; the Commission stands in its president's role and in the "
              "contact office's name, the Conférence des chefs d’État is the community's own organ (not listed, "
              "h328-h343); the PER is a programme. Places: the corridors' end towns (h280-h295), 'Afrique de "
              "l’Est'; 'Afrique centrale' stands only inside names. Contact: the communication directorate (an "
              "office, person null), a Bangui landline and a mobile.",
    ),
))

# --------------------------------------------------------------------------- h407 Beninese environment agency's thread on a microblogging site: five numbered posts, handle/time/counter lines, '&amp;', numbers offered to the public, a reply
ABE_NAME = "Agence béninoise pour l’environnement ✔ @ABE_Benin · 2 déc."
ABE_PUBLIC = ("⚠️ Nous rappelons que le dépôt d’ordures dans les caniveaux est puni d’une amende de 50 000 à 500 000 F "
              "CFA. Signalez tout dépôt sauvage au 📞 +229 01 21 30 45 17 ou sur WhatsApp au +229 01 66 12 40 88. 4/5")
PAGES.append(Page(
    name="h407-abe-benin-fil-curage-caniveaux-cotonou",
    meta={"site": "x.example.com", "style": "environment-agency-microblog-thread",
          "defects": ["microblog-thread", "votes-widget", "comments-widget", "html-debris"]},
    blocks=[
        B("← Post\nAgence béninoise pour l’environnement ✔\n@ABE_Benin"),
        P("🔴 COMMUNIQUÉ | Inondations : l’ABE et la mairie de Cotonou lancent le curage de 48 kilomètres de "
          "caniveaux"),
        P("Cotonou, le 2 décembre 2025 – Après les pluies exceptionnelles du 28 novembre (163 millimètres en 24 "
          "heures), l’Agence béninoise pour l’environnement (ABE) et la mairie de Cotonou engagent dès ce mercredi "
          "le curage de 48 kilomètres de caniveaux dans les 5e, 6e et 9e arrondissements. 1/5"),
        B("10:42 AM · 2 déc. 2025 · 18,6 k vues\n14 réponses · 86 reposts · 131 J’aime · 9 signets"),
        B(ABE_NAME),
        P("Selon le premier bilan de l’Agence nationale de protection civile (ANPC), 3 850 ménages ont été "
          "sinistrés et 2 personnes ont perdu la vie. Plus de 1 200 personnes sont hébergées dans 9 écoles "
          "transformées en sites d’accueil. 2/5"),
        B("💬 3   🔁 21   ❤️ 40   📊 4,1 k\n" + ABE_NAME),
        P("Curage [[&amp;||&]] désensablement : les travaux, d’un coût de 740 millions de francs CFA, sont financés "
          "par le Fonds national pour l’environnement et le climat (FNEC) et dureront 45 jours. 600 jeunes des "
          "quartiers touchés seront recrutés, à 3 500 F CFA par jour. 3/5"),
        B("💬 2   🔁 17   ❤️ 35   📊 3,8 k\n" + ABE_NAME),
        P(ABE_PUBLIC),
        B("💬 6   🔁 44   ❤️ 58   📊 5,2 k\n" + ABE_NAME),
        P("📩 Médias : Ghislaine Adjovi, chargée de communication – communication@abe.example.bj. Toutes les photos "
          "du curage : abe.example.bj/curage 5/5"),
        B("""💬 1   🔁 9   ❤️ 22   📊 2,9 k
Publier votre réponse
Répondre
Koffi Dossou @kdossou_bj · 2 déc.
En réponse à @ABE_Benin
Et les caniveaux de Vêdoko ? Rien n’a été fait depuis 2022.
💬 1   🔁 4   ❤️ 27
Afficher plus de réponses
Ne manquez rien de ce qui se passe. Connectez-vous | Inscrivez-vous
Conditions d’utilisation | Politique de confidentialité | Politique relative aux cookies | Accessibilité | © 2025"""),
    ],
    gold=dict(
        title="🔴 COMMUNIQUÉ | Inondations : l’ABE et la mairie de Cotonou lancent le curage de 48 kilomètres de "
              "caniveaux",
        dateline=dl("Cotonou", "2025-12-02"),
        organisations=[org("Agence béninoise pour l’environnement", "ABE"),
                       org("Agence nationale de protection civile", "ANPC"),
                       org("Fonds national pour l’environnement et le climat", "FNEC")],
        places=[place("Cotonou")],
        figures=[
            fig("48 kilomètres", 48, "kilomètres", "other"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("28 novembre", "--11-28", None, "date"),
            fig("163 millimètres", 163, "millimètres", "other"),
            fig("24 heures", 24, "heures", "duration"),
            fig("5e", 5, None, "ordinal"),
            fig("6e", 6, None, "ordinal"),
            fig("9e", 9, None, "ordinal"),
            fig("3 850 ménages", 3850, "ménages"),
            fig("2 personnes", 2, "personnes"),
            fig("Plus de 1 200 personnes", 1200, "personnes", qualifier="Plus de"),
            fig("9 écoles", 9, "écoles"),
            fig("740 millions de francs CFA", 740000000, "francs CFA", "money", currency="XOF"),
            fig("45 jours", 45, "jours", "duration"),
            fig("600 jeunes", 600, "jeunes"),
            fig("3 500 F CFA", 3500, "F CFA", "money", currency="XOF"),
            fig("50 000", 50000, None, "money", currency="XOF"),
            fig("500 000 F CFA", 500000, "F CFA", "money", currency="XOF"),
        ],
        phones=[phone("+2290121304517"), phone("+2290166124088")],
        emails=["communication@abe.example.bj"],
        contacts=[contact("Ghislaine Adjovi", "chargée de communication", None, [], ["communication@abe.example.bj"])],
        notes="A thread of five numbered posts by the Beninese environment agency (real body, invented news; a "
              "made-up microblogging host), scraped with the site's chrome (new tag 'microblog-thread'): the "
              "'← Post' line, the account's name and handle lines, the time/views line and the counters line under "
              "the first post, the name/handle/date line above each following post, the emoji counter lines "
              "(replies, reposts, likes, views: 'votes-widget'), the reply field, a reader's reply with its "
              "handle and counters ('comments-widget'), 'Afficher plus de réponses', the sign-in call and the legal "
              "footer are boilerplate. The first post's first line is the title (emoji and 'COMMUNIQUÉ |' kept as "
              "written, h168-h183 social-post rule); each post's text is one paragraph; the thread counters '1/5' "
              "... '5/5' that the agency typed at the end of each post stay in the clean text and are not figures "
              "(numbering, like section numbers). The third post shows the site's escaped '&amp;' (decoded). "
              "Dateline 'Cotonou, le 2 décembre 2025 –' inside the first post. 'du 28 novembre' gives '28 "
              "novembre' (no year of its own); '(163 millimètres en 24 heures)' a measure and a duration; 'les 5e, "
              "6e et 9e arrondissements' three ordinals; '2 personnes' a count; 'à 3 500 F CFA par jour' XOF with "
              "unit 'F CFA' (per unit out); 'une amende de 50 000 à 500 000 F CFA' a first bound with unit null. "
              "'la mairie de Cotonou' is the town (README 'Ville de X'), not an organisation. The two numbers of "
              "the fourth post (ten-digit Benin numbers, one after a WhatsApp label) are offered to the public for "
              "reports: phones, no contact (h40-h55, h200-h215). The fifth post's 'Médias :' line is one contact "
              "(person, role, e-mail; organisation null); the web address after it is not an e-mail.",
    ),
))
