"""h376-h391: written blind in session 23, scored blind with session 24's starting and ending code, moved into dev in session 25.

The writer read only corpora/README.md (its gold format, conventions, every "Added with ..." paragraph, the site table
and the defect tags), build.py, check_gold.py, two page sources as examples of the API (pages_dev_ac.py,
pages_dev_ad.py), the shared survey of real pages (/work/shared/real-pages.md) and its seed page
(/work/shared/seeds/iom-fr-release.txt); not src/, tests/, benchmarks/, notebooks/, docs/, the project README, the
Makefile, the notes_*.md files, the other page sources or any page of dev/ and heldout/. h376-h380 come from one
made-up press room, the Office malgache de l’électrification rurale (OMER) in Antananarivo, Madagascar, sharing its
skip line, language line, site name and slogan, menu with doubled labels, breadcrumb, type/date line, share line, a
connected-villages counter, a related block, a newsletter line and footer, with small variations from page to page (a
banner on h378 and h380 only, with different texts; 'Mis à jour le' on h378; an attachment line on h376; the counter
and the related headlines change on every page; no newsletter line on h380; h379 is an English release under the
French chrome); h381-h391 come from eleven other sites, one page each: the Sahara and Sahel Observatory in Tunis (h381,
no defect and no boilerplate), a Moroccan news portal's wire listing (h382, listing), the UN food agency's Haiti office
(h383, cp1252 mojibake, one paragraph half repaired), a Belgian NGO's WordPress release on South Kivu, DR Congo
(h384), Chad's agriculture ministry on an old CMS (h385), the French embassy in Vietnam (h386, a cp1250 paragraph),
an Algerian national news agency's dispatch (h387), the Indian Ocean Commission's report in an online document
reader (h388), a browser print view of a New Brunswick government release (h389), the Organisation internationale de
la Francophonie in Paris on a programme in Cambodia, Laos and Vietnam (h390) and a Kinshasa news portal (h391). All
news, people, numbers, hosts and mailboxes are invented (some bodies are real, carrying invented news).
"""
from build import B, L, P, X, Page, contact, dl, fig, org, phone, place

SET = "dev"

PAGES = []

ENT = {"’": "&rsquo;", "é": "&eacute;", "è": "&egrave;", "à": "&agrave;", "«": "&laquo;", "»": "&raquo;",
       "\u00a0": "&nbsp;", "–": "&ndash;", "&": "&amp;", "ê": "&ecirc;", "ç": "&ccedil;", "É": "&Eacute;",
       "ô": "&ocirc;", "î": "&icirc;", "œ": "&oelig;", "û": "&ucirc;"}


def ent(clean: str, chars: str) -> str:
    """Markup for text whose raw side shows HTML entities for `chars`."""
    return "".join(f"[[{ENT[c]}||{c}]]" if c in chars else c for c in clean)


def unacc(clean: str) -> str:
    """Markup for a line typed without accents."""
    import unicodedata
    raw = "".join(c if c in "’«»–œŒ" else "".join(d for d in unicodedata.normalize("NFD", c)
                                                  if not unicodedata.combining(d)) for c in clean)
    return f"[[{raw}||{clean}]]" if raw != clean else clean


def moji(clean: str, codec: str = "cp1252") -> str:
    """Markup for a word or phrase shown as mojibake in the raw text (for half-repaired lines)."""
    return f"[[{clean.encode('utf-8').decode(codec)}||{clean}]]"


def pdfwrap(text: str, width: int, hyph: dict = None) -> str:
    """Raw lines of `text` wrapped at `width`, the words of `hyph` (word: split index) hyphenated at a line end."""
    hyph = hyph or {}
    lines, cur = [], ""
    for w in text.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            core = w.rstrip(".,;:»)")
            if core in hyph:
                k = hyph[core]
                lines.append(f"{cur} {w[:k]}-")
                cur = w[k:]
                continue
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    lines.append(cur)
    return "\n".join(lines)


# =========================================================================== OMER, rural electrification office (Antananarivo, Madagascar)
OM_SITE = "www.omer-madagascar.example.mg"


def om_top(rubric, stamp, banner=None):
    lines = ["Aller au contenu | Plan du site"]
    if banner:
        lines.append(banner)
    lines += ["Malagasy | Français | English",
              "OMER – Office malgache de l’électrification rurale",
              "Ny hazavana ho an’ny fokontany rehetra",
              "☰ Menu",
              "L’Office",
              "Projets",
              "Projets",
              "Opérateurs privés",
              "Appels d’offres",
              "Salle de presse",
              "Salle de presse",
              "Rechercher…",
              f"Accueil › Salle de presse › {rubric}",
              stamp]
    return "\n".join(lines)


def om_bottom(counter, related, attach=None, newsletter=True):
    lines = []
    if attach:
        lines.append(attach)
    lines += ["Partager : Facebook | X | LinkedIn | WhatsApp | Imprimer",
              f"Compteur OMER : {counter[0]} villages raccordés au {counter[1]} – {counter[2]} ménages alimentés",
              "À lire aussi"]
    lines += [f"› {h} – {d}" for h, d in related]
    if newsletter:
        lines.append("Lettre d’information : Votre adresse e-mail | Je m’inscris")
    lines += ["OMER – Lot IVG 204 Antsahavola – BP 1180 Antananarivo 101 – Tél. : +261 20 22 614 00",
              "© 2025 OMER – Mentions légales – Accessibilité – Contact"]
    return "\n".join(lines)


def om_meta(defects, newsletter=True, language="fr"):
    base = ["menu", "duplicate-lines", "breadcrumb", "share-lines", "ticker", "postcode-trap"]
    if newsletter:
        base.append("newsletter-chrome")
    return {"site": OM_SITE, "style": "rural-electrification-office-pressroom", "language": language,
            "defects": base + defects}


OM_NOTE = ("Site furniture shared by h376-h380: skip line, an optional banner (a counter closure on h378, a job "
           "offer on h380), 'Malagasy | Français | English' line, site name 'OMER – Office malgache de "
           "l’électrification rurale' and a Malagasy slogan, '☰ Menu', a menu with doubled 'Projets' and 'Salle de "
           "presse', 'Rechercher…', breadcrumb 'Accueil › Salle de presse › rubric' (Communiqués, Invitations presse, "
           "Avis aux abonnés, Reportages photo), a 'type – dd/mm/yyyy' line or 'Mis à jour le dd/mm/yyyy à hh:mm' "
           "(h378); at the bottom an optional attachment line (h376), share line, a 'Compteur OMER' line whose "
           "numbers change on every page (tag ticker, not figures), 'À lire aussi' with '› headline – dd/mm/yyyy' "
           "lines that change, a newsletter line (absent on h380), footer with lot, BP box, postcode 101 and "
           "switchboard, copyright line: all boilerplate. The OMER, its people and its offices are made up. "
           "Malagasy landlines are +261 20 ..., mobiles +261 32/33/34 ...; ariary are MGA.")

# --------------------------------------------------------------------------- h376 annual review: glued subheadings, œ dropped, attachment line
PAGES.append(Page(
    name="h376-omer-bilan-mini-reseaux-solaires-2025",
    meta=om_meta(["heading-glued", "lost-oe"]),
    blocks=[
        B(om_top("Communiqués", "Communiqué – 01/12/2025")),
        P("Mini-réseaux solaires : 214 villages raccordés en 2025, deux fois plus qu’en 2024"),
        P("Antananarivo, le 1er décembre 2025 – L’Office malgache de l’électrification rurale (OMER) a raccordé 214 "
          "villages à un mini-réseau solaire entre janvier et novembre 2025, contre 103 sur l’ensemble de l’année "
          "2024. Quelque 38 600 ménages, soit environ 190 000 personnes, ont désormais accès à l’électricité dans "
          "onze des vingt-trois régions du pays, selon le bilan présenté ce lundi au conseil d’administration."),
        P("Le Sud rattrape son retard"),
        P("Les régions d’Atsimo-Andrefana, d’Androy et d’Anosy concentrent près de la moitié des nouveaux "
          "raccordements. À Ambovombe, la centrale hybride mise en [[ uvre||œuvre]] avec la Banque mondiale fournit "
          "de l’électricité 22 heures sur 24 à 2 450 abonnés, dont 36 centres de santé de base.", glue=True),
        P("Un tarif social maintenu"),
        P("Le tarif social de 550 ariary par mois, réservé aux ménages qui consomment moins de 20 kWh, est maintenu "
          "jusqu’en 2027. « Le c[[ ||œ]]ur de notre mission, c’est que le raccordement reste à la portée d’une famille "
          "de paysans », a déclaré le directeur général de l’OMER, Haja Rakotondrazaka.", glue=True),
        P("En 2026, l’Office prévoit de raccorder 260 nouveaux villages pour un coût de 47,5 millions d’euros, financés par l’Union "
          "européenne, l’Agence française de développement (AFD) et l’État malgache. Les appels d’offres destinés aux "
          "opérateurs privés seront publiés avant la fin de mars 2026."),
        L("""Contact presse :
Voahangy Ravelomanana, responsable de la communication, OMER
Tél. : +261 20 22 614 12 / +261 34 05 218 47
v.ravelomanana@omer-madagascar.example.mg"""),
        B(om_bottom(("1 284", "30/11/2025", "118 420"),
                    [("Toamasina : avis de coupures programmées du 8 au 12 décembre", "26/11/2025"),
                     ("Appel à manifestation d’intérêt pour 40 sites dans le Menabe", "14/11/2025"),
                     ("Ambositra : la centrale hydroélectrique de Manandriana en service", "03/11/2025")],
                    attach="Télécharger le rapport d’activité 2025 (PDF – 2,4 Mo)")),
    ],
    gold=dict(
        title="Mini-réseaux solaires : 214 villages raccordés en 2025, deux fois plus qu’en 2024",
        dateline=dl("Antananarivo", "2025-12-01"),
        organisations=[org("Office malgache de l’électrification rurale", "OMER"),
                       org("Banque mondiale", None),
                       org("Union européenne", None),
                       org("Agence française de développement", "AFD")],
        places=[place("Antananarivo"), place("Sud"), place("Atsimo-Andrefana"), place("Androy"), place("Anosy"),
                place("Ambovombe")],
        figures=[
            fig("214 villages", 214, "villages"),
            fig("en 2025", 2025, None, "year"),
            fig("deux fois", 2, "fois", "other"),
            fig("en 2024", 2024, None, "year"),
            fig("le 1er décembre 2025", "2025-12-01", None, "date"),
            fig("novembre 2025", 2025, None, "year"),
            fig("103", 103, None),
            fig("2024", 2024, None, "year"),
            fig("Quelque 38 600 ménages", 38600, "ménages", qualifier="Quelque"),
            fig("environ 190 000 personnes", 190000, "personnes", qualifier="environ"),
            fig("onze", 11, None),
            fig("vingt-trois régions", 23, "régions"),
            fig("près de la moitié", 0.5, None, "other", qualifier="près de"),
            fig("22 heures sur 24", 0.9167, None, "other"),
            fig("2 450 abonnés", 2450, "abonnés"),
            fig("36 centres", 36, "centres"),
            fig("550 ariary", 550, "ariary", "money", currency="MGA"),
            fig("moins de 20 kWh", 20, "kWh", "other", qualifier="moins de"),
            fig("2027", 2027, None, "year"),
            fig("En 2026", 2026, None, "year"),
            fig("260 nouveaux villages", 260, "villages"),
            fig("47,5 millions d’euros", 47500000, "euros", "money", currency="EUR"),
            fig("mars 2026", 2026, None, "year"),
        ],
        phones=[phone("+261202261412"), phone("+261340521847")],
        emails=["v.ravelomanana@omer-madagascar.example.mg"],
        contacts=[contact("Voahangy Ravelomanana", "responsable de la communication", "OMER",
                          ["+261202261412", "+261340521847"], ["v.ravelomanana@omer-madagascar.example.mg"])],
        notes=OM_NOTE + " A PDF attachment line. Two subheadings glued to the paragraph after them ('retardLes "
              "régions', 'maintenuLe tarif'): split. œ dropped twice ('mise en uvre', 'Le c ur'). 'deux fois plus': "
              "a ratio. 'entre janvier et novembre 2025': the month-year 'novembre 2025' (a year figure, the month in its text, "
              "h344-h359), 'janvier' alone not a figure. 'contre 103': a count without "
              "noun. 'l’année 2024' gives '2024' beside the title's 'en 2024'. 'onze des vingt-trois régions': "
              "'onze' unit null and 'vingt-trois régions' (h296-h311 'Trois des sept forages'). '22 heures sur 24': "
              "a proportion (h344-h359 'N noun sur M'). 'jusqu’en 2027': '2027' (the qualifier is not an "
              "approximation). 'En 2026' and 'mars 2026' two year texts. 'Le Sud' (heading) "
              "a region (iso null); Madagascar is never named as a country ('l’État malgache', adjective).",
    ),
))

# --------------------------------------------------------------------------- h377 press invitation: glued sentences, programme, accreditation block with a hidden e-mail
PAGES.append(Page(
    name="h377-omer-invitation-inauguration-centrale-farafangana",
    meta=om_meta(["body-glued", "hidden-email"]),
    blocks=[
        B(om_top("Invitations presse", "Invitation presse – 03/12/2025")),
        P("Invitation presse : inauguration de la centrale hybride de Farafangana le mardi 9 décembre"),
        P("L’Office malgache de l’électrification rurale (OMER) et la Commune urbaine de Farafangana invitent les "
          "représentants des médias à l’inauguration de la centrale hybride solaire-diesel de Farafangana, dans la "
          "région Atsimo-Atsinanana, le mardi 9 décembre 2025 à 10 h, en présence du ministre de l’Énergie et des "
          "Hydrocarbures."),
        P("D’une puissance de 1,8 mégawatt-crête, la centrale alimentera 6 300 abonnés, dont l’hôpital de district "
          "et le port de pêche.", glue=True),
        P("Elle a été construite en quatorze mois par un groupement d’entreprises malgaches et mauriciennes pour un "
          "coût de 21,6 milliards d’ariary. Ses batteries permettent de réduire de 70 % la consommation de gazole "
          "de l’ancienne centrale thermique.", glue=True),
        L("""Programme du mardi 9 décembre
9 h 30 : accueil des invités et des journalistes
10 h 00 : discours et coupure du ruban
11 h 00 : visite de la centrale et du poste de livraison
12 h 30 : point presse"""),
        L("""Accréditations jusqu’au vendredi 5 décembre à 17 h :
Voahangy Ravelomanana, OMER Antananarivo – +261 20 22 614 12 – v.ravelomanana@omer-madagascar.example.mg
Fidy Randrianasolo, chargé de communication, Commune urbaine de Farafangana – +261 33 12 407 58 – [email protected]"""),
        B(om_bottom(("1 287", "02/12/2025", "118 910"),
                    [("Mini-réseaux solaires : 214 villages raccordés en 2025", "01/12/2025"),
                     ("Toamasina : avis de coupures programmées du 8 au 12 décembre", "26/11/2025"),
                     ("Appel à manifestation d’intérêt pour 40 sites dans le Menabe", "14/11/2025")])),
    ],
    gold=dict(
        title="Invitation presse : inauguration de la centrale hybride de Farafangana le mardi 9 décembre",
        dateline=None,
        organisations=[org("Office malgache de l’électrification rurale", "OMER"),
                       org("Commune urbaine de Farafangana", None)],
        places=[place("Farafangana"), place("Atsimo-Atsinanana"), place("Antananarivo")],
        figures=[
            fig("le mardi 9 décembre", "--12-09", None, "date"),
            fig("le mardi 9 décembre 2025 à 10 h", "2025-12-09", None, "date"),
            fig("1,8 mégawatt-crête", 1.8, "mégawatt-crête", "other"),
            fig("6 300 abonnés", 6300, "abonnés"),
            fig("quatorze mois", 14, "mois", "duration"),
            fig("21,6 milliards d’ariary", 21600000000, "ariary", "money", currency="MGA"),
            fig("70 %", 70, "%", "percent"),
            fig("mardi 9 décembre", "--12-09", None, "date"),
            fig("vendredi 5 décembre à 17 h", "--12-05", None, "date"),
        ],
        phones=[phone("+261202261412"), phone("+261331240758")],
        emails=["v.ravelomanana@omer-madagascar.example.mg"],
        hidden_emails=1,
        contacts=[contact("Voahangy Ravelomanana", None, "OMER Antananarivo", ["+261202261412"],
                          ["v.ravelomanana@omer-madagascar.example.mg"]),
                  contact("Fidy Randrianasolo", "chargé de communication", "Commune urbaine de Farafangana",
                          ["+261331240758"], [])],
        notes=OM_NOTE + " No banner, no dateline (an invitation). Two sentences glued to the paragraph before them "
              "at a full stop ('Hydrocarbures.D’une puissance', 'de pêche.Elle a été'): split. The title's 'le mardi "
              "9 décembre' (--12-09), the body's date with its clock time and the programme heading's 'mardi 9 "
              "décembre' ('du' out) are three texts; the accreditation deadline 'jusqu’au vendredi 5 décembre à "
              "17 h' is one date (the 'jusqu’au' out, no year). The ministry is named only in a role (not listed). "
              "'1,8 mégawatt-crête' a measure (unit as written). Programme clock times are not figures. The "
              "Commune urbaine (co-inviting) is an organisation (h344-h359 intermunicipal rule). Accreditation lines: "
              "a person with the office label 'OMER Antananarivo' and a person with role and organisation; the second "
              "address is hidden (counted, not listed).",
    ),
))

# --------------------------------------------------------------------------- h378 notice to subscribers: banner, 'Mis à jour le', unaccented capital title, ’ dropped, list, office line with Fax
PAGES.append(Page(
    name="h378-omer-avis-coupures-programmees-toamasina",
    meta=om_meta(["unaccented-capitals", "lost-apostrophe"]),
    blocks=[
        B(om_top("Avis aux abonnés", "Mis à jour le 27/11/2025 à 08:40",
                 banner="Fermeture exceptionnelle de l’agence d’Antsirabe le vendredi 28 novembre")),
        P(unacc("AVIS AUX ABONNÉS : COUPURES PROGRAMMÉES À TOAMASINA DU 8 AU 12 DÉCEMBRE")),
        P("L’Office malgache de l’électrification rurale informe ses abonnés de la commune rurale d’Ampasimadinika "
          "et des fokontany voisins que le courant sera coupé chaque jour de 8 h à 15 h, du lundi 8 au vendredi 12 "
          "décembre 2025, pour permettre le remplacement de 14 kilomètres de ligne moyenne tension endommagée par le "
          "cyclone de mars.", apos="drop"),
        P("[[A||À]] compter du samedi 13 décembre, la ligne renforcée pourra transporter jusqu’à 2 mégawatts, soit "
          "le double de sa capacité actuelle.", apos="drop"),
        L("""Fokontany concernés :
- Ampasimadinika centre ;
- Ambodisaina ;
- Mangarano II ;
- Antanandava.""", apos="drop"),
        P("L’Office présente ses excuses pour la gêne occasionnée et rappelle qu’aucun agent n’est autorisé à "
          "réclamer de l’argent aux abonnés pendant les travaux.", apos="drop"),
        L("""Agence OMER de Toamasina – Boulevard Joffre – Tél. : 020 53 322 45 – Fax : 020 53 322 46""",
          apos="drop"),
        B(om_bottom(("1 281", "26/11/2025", "118 050"),
                    [("Appel à manifestation d’intérêt pour 40 sites dans le Menabe", "14/11/2025"),
                     ("Ambositra : la centrale hydroélectrique de Manandriana en service", "03/11/2025"),
                     ("Journée de l’énergie : portes ouvertes à Antsirabe", "21/10/2025")])),
    ],
    gold=dict(
        title="AVIS AUX ABONNÉS : COUPURES PROGRAMMÉES À TOAMASINA DU 8 AU 12 DÉCEMBRE",
        dateline=None,
        organisations=[org("Office malgache de l’électrification rurale", None)],
        places=[place("Toamasina"), place("Ampasimadinika"), place("Ambodisaina"), place("Mangarano"),
                place("Antanandava")],
        figures=[
            fig("8", "--12-08", None, "date"),
            fig("12 DÉCEMBRE", "--12-12", None, "date"),
            fig("lundi 8", "2025-12-08", None, "date"),
            fig("vendredi 12 décembre 2025", "2025-12-12", None, "date"),
            fig("14 kilomètres", 14, "kilomètres", "other"),
            fig("samedi 13 décembre", "--12-13", None, "date"),
            fig("jusqu’à 2 mégawatts", 2, "mégawatts", "other", qualifier="jusqu’à"),
        ],
        phones=[phone("+261205332245"), phone("+261205332246", "fax")],
        emails=[],
        contacts=[contact(None, None, "Agence OMER de Toamasina", ["+261205332245", "+261205332246"], [])],
        notes=OM_NOTE + " A banner on the closure of the Antsirabe counter; 'Mis à jour le' line. The capital title "
              "is typed without accents ('ABONNES', 'PROGRAMMEES', 'A TOAMASINA', 'DECEMBRE'): accents restored, case "
              "kept; 'A compter' restored to 'À compter'. Every ’ of the body, list and office line is dropped "
              "('LOffice', 'quaucun', 'nest', 'largent', 'jusquà'): restored. "
              "The title's range 'DU 8 AU 12 DÉCEMBRE' gives '8' (--12-08) and '12 DÉCEMBRE' as written; the body's "
              "'du lundi 8 au vendredi 12 décembre 2025' gives 'lundi 8' (dated by the second bound) and 'vendredi "
              "12 décembre 2025'. Daily hours '8 h à 15 h' are clock times (not figures); 'le cyclone de mars' has "
              "no year and no day (not a figure); 'le double' is not a figure (h344-h359). 'Mangarano II' gives the "
              "place 'Mangarano' (the II a sector number, not a figure). Toamasina (capital title and office line) listed in normal case. "
              "The office line (no person) is one contact with its organisation as written; the Toamasina numbers "
              "are written with the trunk 0 (020 53 ...), +261 20 53 ...; the Fax is kind fax. The OMER's "
              "acronym is never written in the article (long form only).",
    ),
))

# --------------------------------------------------------------------------- h379 English release under the French chrome
PAGES.append(Page(
    name="h379-omer-world-bank-green-climate-fund-mini-grids",
    meta=om_meta(["english-page"], language="en"),
    blocks=[
        B(om_top("Communiqués", "Communiqué – 03/12/2025") + "\nCe communiqué est publié en anglais uniquement."),
        P("Madagascar: US$62 million for 180 solar mini-grids in the south and west"),
        P("ANTANANARIVO, Madagascar, 3 December 2025 – The World Bank and the Green Climate Fund (GCF) will provide "
          "US$62 million to the Malagasy Rural Electrification Office (OMER) to build 180 solar mini-grids in the "
          "regions of Menabe, Melaky and Atsimo-Andrefana over the next four years, under an agreement signed today "
          "in Antananarivo."),
        P("The project is expected to connect about 41,000 households and 1,200 small businesses, and to equip 95 "
          "health centres with solar refrigerators for vaccines. Nearly two thirds of the grant will go to private "
          "operators selected by tender, who will run the mini-grids for 20 years."),
        P("“Fewer than one in five rural households in Madagascar has electricity today,” said the World Bank’s "
          "country manager. “These mini-grids will power clinics, rice mills and schools long before the national "
          "grid can reach them.”"),
        P("The GCF share, US$18.5 million, will also fund a training centre in Morondava, where 300 young "
          "technicians, at least 40% of them women, will be trained by 2028."),
        L("""Media contacts:
Voahangy Ravelomanana, OMER, +261 34 05 218 47, v.ravelomanana@omer-madagascar.example.mg
Kevin Miller, World Bank, Washington, +1 202 555 0147, kmiller@worldbank.example.org"""),
        B(om_bottom(("1 290", "03/12/2025", "119 320"),
                    [("Invitation presse : inauguration de la centrale hybride de Farafangana", "03/12/2025"),
                     ("Mini-réseaux solaires : 214 villages raccordés en 2025", "01/12/2025"),
                     ("Toamasina : avis de coupures programmées du 8 au 12 décembre", "26/11/2025")])),
    ],
    gold=dict(
        title="Madagascar: US$62 million for 180 solar mini-grids in the south and west",
        dateline=dl("ANTANANARIVO", "2025-12-03"),
        organisations=[org("World Bank", None),
                       org("Green Climate Fund", "GCF"),
                       org("Malagasy Rural Electrification Office", "OMER")],
        places=[place("Madagascar", "MG"), place("Antananarivo"), place("Menabe"), place("Melaky"),
                place("Atsimo-Andrefana"), place("Morondava"), place("Washington")],
        figures=[
            fig("US$62 million", 62000000, "US$", "money", currency="USD"),
            fig("180 solar mini-grids", 180, "mini-grids"),
            fig("3 December 2025", "2025-12-03", None, "date"),
            fig("four years", 4, "years", "duration"),
            fig("about 41,000 households", 41000, "households", qualifier="about"),
            fig("1,200 small businesses", 1200, "businesses"),
            fig("95 health centres", 95, "centres"),
            fig("Nearly two thirds", 0.6667, None, "other", qualifier="Nearly"),
            fig("20 years", 20, "years", "duration"),
            fig("Fewer than one in five", 0.2, None, "other", qualifier="Fewer than"),
            fig("US$18.5 million", 18500000, "US$", "money", currency="USD"),
            fig("300 young technicians", 300, "technicians"),
            fig("at least 40%", 40, "%", "percent", qualifier="at least"),
            fig("2028", 2028, None, "year"),
        ],
        phones=[phone("+261340521847"), phone("+12025550147")],
        emails=["v.ravelomanana@omer-madagascar.example.mg", "kmiller@worldbank.example.org"],
        contacts=[contact("Voahangy Ravelomanana", None, "OMER", ["+261340521847"],
                          ["v.ravelomanana@omer-madagascar.example.mg"]),
                  contact("Kevin Miller", None, "World Bank", ["+12025550147"], ["kmiller@worldbank.example.org"])],
        notes=OM_NOTE + " An English release under the French chrome (h344-h359 rule): the French line 'Ce "
              "communiqué est publié en anglais uniquement.' is chrome. The office names itself by an English long "
              "form with its French acronym ('Malagasy Rural Electrification Office (OMER)', listed as written). "
              "'ANTANANARIVO, Madagascar, 3 December 2025 –': place as written, the country listed. 'US$62 million' "
              "(title and body, one text), unit 'US$'. 'Nearly two thirds' a fraction; 'Fewer than one in five' a "
              "proportion (0.2, h296-h311 'fewer than one in ten'). 'by 2028': '2028' ('by' stays out, as 'd’ici 2050'). 'the next four years' a duration; "
              "'today' not a figure. 'the south and west' in the title are directions, not places. The World Bank's "
              "'country manager' quoted without a name is no contact. Contacts: two lines 'Name, organisation, "
              "phone, e-mail'; 'Washington' in the second is a place; +1 202 555 0147 (a 555 number) as the "
              "checker's validity says.",
    ),
))

# --------------------------------------------------------------------------- h380 photo story: banner, caption printed twice, English caption, cp1250 paragraph, no newsletter line
PAGES.append(Page(
    name="h380-omer-en-images-lumiere-ankazobe",
    meta=om_meta(["duplicate-caption", "english-caption", "mojibake-cp1250"], newsletter=False),
    blocks=[
        B(om_top("Reportages photo", "Reportage photo – 04/12/2025",
                 banner="L’OMER recrute 12 techniciens de réseau : candidatures jusqu’au 15 décembre")),
        P("En images : la lumière arrive à Ankazobe"),
        P("Depuis le 20 novembre, les 1 140 foyers d’Ankazobe, à 100 kilomètres au nord-ouest de la capitale, sont "
          "reliés au mini-réseau solaire installé par un opérateur privé sous la supervision de l’OMER. Le village "
          "n’avait jamais été raccordé au réseau national."),
        P("Photo 1 : Des techniciens posent les derniers compteurs à prépaiement, le 18 novembre. © OMER / Tiana "
          "Rabe"),
        B("Photo 1 : Des techniciens posent les derniers compteurs à prépaiement, le 18 novembre. © OMER / Tiana "
          "Rabe"),
        P("Au marché, les couturières travaillent désormais le soir. « Avant, je finissais trois robes par semaine ; "
          "aujourd’hui j’en couds six », raconte Lalao Razafy, 34 ans. La coopérative laitière du village a acheté "
          "un refroidisseur de 500 litres qui lui évite de jeter le lait de la traite du soir.", moji="cp1250"),
        P("Photo 2: Pupils revise under the new street lights of Ankazobe, 21 November 2025. © OMER / Tiana Rabe"),
        P("Le mini-réseau, d’une puissance de 240 kilowatts-crête, a coûté 2,9 milliards d’ariary, dont 60 % "
          "financés par une subvention de l’Union européenne."),
        B(om_bottom(("1 293", "04/12/2025", "119 780"),
                    [("Madagascar: US$62 million for 180 solar mini-grids", "03/12/2025"),
                     ("Invitation presse : inauguration de la centrale hybride de Farafangana", "03/12/2025"),
                     ("Mini-réseaux solaires : 214 villages raccordés en 2025", "01/12/2025")],
                    newsletter=False)),
    ],
    gold=dict(
        title="En images : la lumière arrive à Ankazobe",
        dateline=None,
        organisations=[org(None, "OMER"), org("Union européenne", None)],
        places=[place("Ankazobe")],
        figures=[
            fig("le 20 novembre", "--11-20", None, "date"),
            fig("1 140 foyers", 1140, "foyers"),
            fig("100 kilomètres", 100, "kilomètres", "other"),
            fig("le 18 novembre", "--11-18", None, "date"),
            fig("trois robes", 3, "robes"),
            fig("six", 6, None),
            fig("34 ans", 34, "ans", "age"),
            fig("500 litres", 500, "litres", "other"),
            fig("21 November 2025", "2025-11-21", None, "date"),
            fig("240 kilowatts-crête", 240, "kilowatts-crête", "other"),
            fig("2,9 milliards d’ariary", 2900000000, "ariary", "money", currency="MGA"),
            fig("60 %", 60, "%", "percent"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes=OM_NOTE + " A recruitment banner (its '12 techniciens' and '15 décembre' are chrome); no newsletter "
              "line. The first caption is printed twice: the second copy is boilerplate. The second caption is in "
              "English (article text). The quote paragraph is UTF-8 read as cp1250 ('Ă©' shape): decoded. "
              "'le 20 novembre' and 'le 18 novembre' have no year in their sentence (not dated from the English "
              "caption, h248-h263). 'j’en couds six': a count without noun (the noun replaced by 'en'); 'par "
              "semaine' out. The OMER is named by its acronym only in the article (its long form is chrome). 'la "
              "capitale' is not named; the photographer's credit is not a contact. No contact block.",
    ),
))

# =========================================================================== eleven other sites, one page each
# --------------------------------------------------------------------------- h381 intergovernmental observatory in Tunis: no defect and no boilerplate
PAGES.append(Page(
    name="h381-oss-alerte-precoce-secheresse-maghreb-sahel",
    meta={"site": "www.oss-sahara-sahel.example.org", "style": "intergovernmental-observatory-clean",
          "defects": []},
    blocks=[
        P("L’OSS lance un système d’alerte précoce à la sécheresse pour six pays du Maghreb et du Sahel"),
        P("Tunis, le 2 décembre 2025 – L’Observatoire du Sahara et du Sahel (OSS) a lancé ce mardi un système "
          "d’alerte précoce à la sécheresse couvrant l’Algérie, le Maroc, la Mauritanie, le Niger, le Tchad et la "
          "Tunisie. Il combine les images de trois satellites, les relevés de 412 stations météorologiques et les "
          "observations de 1 500 éleveurs équipés d’une application mobile."),
        P("Chaque mois, le système publiera une carte de l’état de la végétation et des points d’eau, avec des "
          "prévisions à trois mois. Les services agricoles pourront ainsi prépositionner du fourrage et des "
          "semences avant la saison sèche, qui dure de sept à neuf mois dans le sud de la zone."),
        P("« Entre 2020 et 2024, quatre sécheresses graves ont fait perdre aux éleveurs de la région près d’un "
          "quart de leur cheptel », a rappelé la secrétaire exécutive de l’OSS, Amel Ferchichi. « Anticiper de six "
          "semaines seulement permet de sauver une grande partie des troupeaux. »"),
        P("Le projet, d’un montant de 8,7 millions de dollars sur quatre ans, est financé par le Fonds pour "
          "l’adaptation et mis en œuvre avec les services météorologiques nationaux. Une première carte sera "
          "diffusée le 15 janvier 2026."),
        L("""Contact :
Leïla Ben Salah, chargée de communication, OSS
Tél. : +216 71 206 633
leila.bensalah@oss-sahara-sahel.example.org"""),
    ],
    gold=dict(
        title="L’OSS lance un système d’alerte précoce à la sécheresse pour six pays du Maghreb et du Sahel",
        dateline=dl("Tunis", "2025-12-02"),
        organisations=[org("Observatoire du Sahara et du Sahel", "OSS"),
                       org("Fonds pour l’adaptation", None)],
        places=[place("Maghreb"), place("Sahel"), place("Tunis"), place("Algérie", "DZ"), place("Maroc", "MA"),
                place("Mauritanie", "MR"), place("Niger", "NE"), place("Tchad", "TD"), place("Tunisie", "TN")],
        figures=[
            fig("six pays", 6, "pays"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("trois satellites", 3, "satellites"),
            fig("412 stations", 412, "stations"),
            fig("1 500 éleveurs", 1500, "éleveurs"),
            fig("trois mois", 3, "mois", "duration"),
            fig("sept", 7, None, "duration"),
            fig("neuf mois", 9, "mois", "duration"),
            fig("2020", 2020, None, "year"),
            fig("2024", 2024, None, "year"),
            fig("quatre sécheresses", 4, "sécheresses"),
            fig("près d’un quart", 0.25, None, "other", qualifier="près d’"),
            fig("six semaines", 6, "semaines", "duration"),
            fig("8,7 millions de dollars", 8700000, "dollars", "money", currency="USD"),
            fig("quatre ans", 4, "ans", "duration"),
            fig("le 15 janvier 2026", "2026-01-15", None, "date"),
        ],
        phones=[phone("+21671206633")],
        emails=["leila.bensalah@oss-sahara-sahel.example.org"],
        contacts=[contact("Leïla Ben Salah", "chargée de communication", "OSS", ["+21671206633"],
                          ["leila.bensalah@oss-sahara-sahel.example.org"])],
        notes="No defect and no boilerplate. The OSS is a real body carrying invented news; the Fonds pour "
              "l’adaptation (Adaptation Fund) is named as funder (long form only). 'de sept à neuf mois': a range of "
              "durations, the first bound bare ('sept', kind duration, unit null). 'Entre 2020 et 2024': two years. "
              "'près d’un quart': a fraction with the contracted qualifier. 'Une première carte', 'Chaque mois' are "
              "not figures. Maghreb and Sahel regions (iso null); 'le sud de la zone' generic. The services "
              "('services agricoles', 'services météorologiques nationaux') are generic. Tunisian landline +216 71.",
    ),
))

# --------------------------------------------------------------------------- h382 Moroccan news portal's wire listing: cookie banner, Arabic ticker, four stories with stamps, (MAP) datelines, read-more lines (one glued), ’ as a space in one story
PAGES.append(Page(
    name="h382-maroc-info-continu-fil-actualite",
    meta={"site": "www.marocinfo-continu.example.ma", "style": "moroccan-portal-wire-listing", "listing": True,
          "defects": ["listing", "cookie-banner", "menu", "foreign-ticker", "read-more", "body-glued",
                      "lost-apostrophe"]},
    blocks=[
        B("""Ce site utilise des cookies pour améliorer votre expérience. Accepter | Paramétrer
MarocInfo Continu
Accueil | Politique | Économie | Régions | Sport | Culture | العربية
عاجل ▸ الرباط: انطلاق الدورة الخريفية للبرلمان ▸ أكادير: ارتفاع الصادرات البحرية
Fil d’actualité – mardi 2 décembre 2025"""),
        P("Dakhla : un nouveau quai de pêche de 600 mètres mis en service"),
        P("02/12/2025 – 16h42"),
        P("Dakhla, 2 déc. (MAP) – Le port de Dakhla dispose depuis ce mardi d’un nouveau quai de 600 mètres, capable "
          "d’accueillir 120 chalutiers côtiers, le 3e du port depuis 2010. Les travaux, lancés en 2023, ont coûté 412 millions de dirhams."),
        B("Lire la suite ›"),
        P("Casablanca : la Bourse termine en hausse de 1,2 %"),
        P("02/12/2025 – 15h10"),
        P("Casablanca, 2 déc. (MAP) – Le MASI, principal indice de la Bourse de Casablanca, a gagné 1,2 % ce mardi, "
          "porté par les valeurs bancaires, pour un volume d’échanges de 186,4 MDH."),
        X("Lire la suite ›Agadir : 3 400 tonnes de poulpe débarquées depuis l’ouverture de la saison",
          "Agadir : 3 400 tonnes de poulpe débarquées depuis l’ouverture de la saison"),
        P("02/12/2025 – 13h25"),
        P("Agadir, 2 déc. (MAP) – Quelque 3 400 tonnes de poulpe ont été débarquées dans les ports de la région "
          "depuis l’ouverture de la saison d’hiver le 15 novembre, soit près de 20 % de plus qu’à la même période de "
          "l’an dernier, selon l’Office national des pêches (ONP).", apos="space"),
        B("Lire la suite ›"),
        P("Rabat : l’ONEE raccorde 38 douars à l’eau potable dans la province de Khémisset"),
        P("02/12/2025 – 11h03"),
        P("Rabat, 2 déc. (MAP) – L’Office national de l’électricité et de l’eau potable (ONEE) a achevé le "
          "raccordement de 38 douars de la province de Khémisset au réseau d’eau potable, au profit de 21 500 "
          "habitants, pour un investissement de 96 millions de dirhams."),
        B("""Lire la suite ›
Charger plus d’articles
© 2025 MarocInfo Continu – Tous droits réservés – Mentions légales – Nous contacter"""),
    ],
    gold=dict(
        title="Dakhla : un nouveau quai de pêche de 600 mètres mis en service",
        dateline=None,
        organisations=[org(None, "MAP"), org("Bourse de Casablanca", None),
                       org("Office national des pêches", "ONP"),
                       org("Office national de l’électricité et de l’eau potable", "ONEE")],
        places=[place("Dakhla"), place("Casablanca"), place("Agadir"), place("Rabat"), place("Khémisset")],
        figures=[
            fig("600 mètres", 600, "mètres", "other"),
            fig("02/12/2025 – 16h42", "2025-12-02", None, "date"),
            fig("2 déc.", "--12-02", None, "date"),
            fig("120 chalutiers", 120, "chalutiers"),
            fig("3e", 3, None, "ordinal"),
            fig("2010", 2010, None, "year"),
            fig("en 2023", 2023, None, "year"),
            fig("412 millions de dirhams", 412000000, "dirhams", "money", currency="MAD"),
            fig("1,2 %", 1.2, "%", "percent"),
            fig("02/12/2025 – 15h10", "2025-12-02", None, "date"),
            fig("186,4 MDH", 186400000, "MDH", "money", currency="MAD"),
            fig("3 400 tonnes", 3400, "tonnes", "other"),
            fig("02/12/2025 – 13h25", "2025-12-02", None, "date"),
            fig("Quelque 3 400 tonnes", 3400, "tonnes", "other", qualifier="Quelque"),
            fig("le 15 novembre", "--11-15", None, "date"),
            fig("près de 20 %", 20, "%", "percent", qualifier="près de"),
            fig("38 douars", 38, "douars"),
            fig("02/12/2025 – 11h03", "2025-12-02", None, "date"),
            fig("21 500 habitants", 21500, "habitants"),
            fig("96 millions de dirhams", 96000000, "dirhams", "money", currency="MAD"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes="A listing of four unrelated wire stories: the label 'Fil d’actualité – mardi 2 décembre 2025' is "
              "boilerplate, the first headline is the title, dateline null. Each story's stamp line '02/12/2025 – "
              "16h42' is article text and one date figure (one text per stamp, h328-h343). The four datelines 'Town, "
              "2 déc. (MAP) –' give one text '2 déc.' (--12-02) and the agency MAP once (acronym only; its long form "
              "is never written). Cookie banner, one-line menu with an Arabic link, an Arabic 'عاجل ▸' ticker "
              "(foreign-ticker), 'Lire la suite ›' lines, 'Charger plus d’articles' and the footer are boilerplate; "
              "one 'Lire la suite ›' is glued to the third headline: the raw line is article text, the read-more "
              "part removed. The third story lost every ’ as a space ('l ouverture', 'd hiver', 'qu à', 'l an', "
              "'l Office'): restored. The MASI is an index (not an organisation); the Bourse de Casablanca is listed "
              "(long form only) and 'Casablanca' is a place from the headline and dateline. '186,4 MDH' money with "
              "unit 'MDH' (h264-h279). 'ce mardi', 'l’an dernier', 'saison d’hiver' not figures; 'la même période' "
              "not a figure. Douars are villages (the count's unit). 'le 3e du port': an ordinal (the noun elided); 'depuis 2010' gives the year '2010' (README 'depuis 1988', the preposition out).",
    ),
))

# --------------------------------------------------------------------------- h383 UN food agency in Haiti: vertical menu, cp1252 paragraph, a half-repaired paragraph with a doubly encoded word, English related ticker
H383_HALF = ("Dans le d" + moji("é") + "partement du Nord-Ouest, o" + moji("ù") + " la saison pluvieuse a "
             "été déficitaire, les transferts monétaires atteignent 4 500 gourdes par mois et par famille. "
             "« Sans cette aide, beaucoup de m" + moji("è") + "res auraient retir" + moji("é") + " leurs enfants de "
             "l’école », explique Nadège Pierre-Louis, directrice de l’" + "[[Ã‰||É]]" + "cole nationale de "
             "Bombardopolis, o" + "[[ÃƒÂ¹||ù]]" + " 640 élèves reçoivent désormais un repas chaud chaque jour.")
PAGES.append(Page(
    name="h383-pam-haiti-cantines-scolaires-transferts",
    meta={"site": "www.pam-haiti.example.org", "style": "un-agency-country-office-haiti",
          "defects": ["menu", "duplicate-lines", "breadcrumb", "share-lines", "mojibake-cp1252",
                      "mojibake-double-cp1252", "mojibake-partial", "foreign-ticker", "cookie-banner"]},
    blocks=[
        B("""Programme alimentaire mondial – Haïti
Français | English | Kreyòl
Qui nous sommes
Ce que nous faisons
Ce que nous faisons
Actualités
Actualités
Faire un don
Accueil / Actualités / Communiqués de presse
Partager | Imprimer | Télécharger en PDF"""),
        P("Haïti : le PAM étend les repas scolaires et les transferts monétaires à 310 000 enfants"),
        P("Port-au-Prince, le 1er décembre 2025 – Le Programme alimentaire mondial (PAM) étend à partir de ce mois son "
          "programme de cantines scolaires à 1 240 écoles dans sept départements d’Haïti, pour atteindre 310 000 "
          "enfants d’ici juin 2026. Les repas sont préparés avec du riz, des haricots et des légumes achetés à "
          "quelque 2 800 petits producteurs haïtiens."),
        P("Près de 5,7 millions d’Haïtiens, soit la moitié de la population, sont en situation d’insécurité "
          "alimentaire aiguë, selon la dernière analyse publiée en octobre. Dans les zones contrôlées par les gangs "
          "autour de la capitale, plus de 200 écoles restent fermées.", moji="cp1252"),
        P(H383_HALF),
        P("Pour maintenir ces activités jusqu’en juin, le PAM a besoin de 46 millions de dollars américains. « Chaque "
          "dollar dépensé pour un repas produit localement rapporte près de trois fois plus à l’économie rurale », "
          "souligne le directeur du PAM en Haïti, Jean-Michel Delorme."),
        L("""Pour plus d’informations, veuillez contacter :
Rose-Mina Saint-Fleur, PAM Port-au-Prince, +509 3702 1144, rosemina.saintfleur@wfp.org
Tom Ellis, PAM Panama (bureau régional), +507 6981 2260, tom.ellis@wfp.org"""),
        B("""Related news ▸ WFP scales up cash assistance in the Sahel ▸ Sudan: famine confirmed in two more localities
Nous utilisons des cookies. OK | En savoir plus
© Programme alimentaire mondial 2025 – Conditions d’utilisation – Confidentialité"""),
    ],
    gold=dict(
        title="Haïti : le PAM étend les repas scolaires et les transferts monétaires à 310 000 enfants",
        dateline=dl("Port-au-Prince", "2025-12-01"),
        organisations=[org("Programme alimentaire mondial", "PAM")],
        places=[place("Haïti", "HT"), place("Port-au-Prince"), place("Nord-Ouest"), place("Bombardopolis"),
                place("Panama", "PA")],
        figures=[
            fig("310 000 enfants", 310000, "enfants"),
            fig("le 1er décembre 2025", "2025-12-01", None, "date"),
            fig("1 240 écoles", 1240, "écoles"),
            fig("sept départements", 7, "départements"),
            fig("juin 2026", 2026, None, "year"),
            fig("quelque 2 800 petits producteurs", 2800, "producteurs", qualifier="quelque"),
            fig("Près de 5,7 millions d’Haïtiens", 5700000, "Haïtiens", qualifier="Près de"),
            fig("la moitié", 0.5, None, "other"),
            fig("plus de 200 écoles", 200, "écoles", qualifier="plus de"),
            fig("4 500 gourdes", 4500, "gourdes", "money", currency="HTG"),
            fig("640 élèves", 640, "élèves"),
            fig("46 millions de dollars américains", 46000000, "dollars américains", "money", currency="USD"),
            fig("près de trois fois", 3, "fois", "other", qualifier="près de"),
        ],
        phones=[phone("+50937021144"), phone("+50769812260")],
        emails=["rosemina.saintfleur@wfp.org", "tom.ellis@wfp.org"],
        contacts=[contact("Rose-Mina Saint-Fleur", None, "PAM Port-au-Prince", ["+50937021144"],
                          ["rosemina.saintfleur@wfp.org"]),
                  contact("Tom Ellis", None, "PAM Panama (bureau régional)", ["+50769812260"],
                          ["tom.ellis@wfp.org"])],
        notes="Site chrome (site name, language line, menu with doubled labels, breadcrumb, share line; at the bottom "
              "an English 'Related news ▸' ticker, a cookie line and the copyright) is boilerplate. The second "
              "paragraph is UTF-8 read as cp1252 throughout ('Ã©', 'â€™'). The third paragraph was half repaired "
              "by an earlier tool: most words are right, five sequences are still cp1252 mojibake ('dÃ©partement', "
              "'oÃ¹', 'mÃ¨res', 'retirÃ©', 'Ã‰cole' for 'École') and one is doubly encoded ('oÃƒÂ¹'); every "
              "sequence is decoded back to the letter (tags mojibake-cp1252, mojibake-double-cp1252 and the new "
              "mojibake-partial). The 'École nationale de Bombardopolis' stands in the speaker's role (a school, "
              "not listed; Bombardopolis a place). 'juin "
              "2026' (month-year after 'd’ici', h344-h359) a year figure; 'jusqu’en juin' (no year) not a figure; "
              "'en octobre' not a figure. 'quelque 2 800 petits producteurs': unit 'producteurs' (the adjective in "
              "the text). 'la moitié de la population' a fraction; 'par mois et par famille' out of the money "
              "figure. 'Près de 5,7 millions d’Haïtiens': unit 'Haïtiens' (h344-h359 'Rohingyas'). The country director's name is made up. Contacts: two 'Name, office label, phone, e-mail' "
              "lines; 'PAM Panama (bureau régional)' the office label as written, Panama a place (country, iso PA, "
              "city-state rule h344-h359); Haitian mobile +509 and Panamanian mobile +507.",
    ),
))

# --------------------------------------------------------------------------- h384 Belgian NGO's WordPress release on South Kivu: HTML tags and entities, mailto anchor, CDN-protected address, donation block, comments
def p_(text, chars="éè’«»àê"):
    return "[[<p>||]]" + ent(text, chars) + "[[</p>||]]"


PAGES.append(Page(
    name="h384-solidarite-grands-lacs-kalehe-eau-potable",
    meta={"site": "www.solidarite-grands-lacs.example.be", "style": "belgian-ngo-wordpress-html",
          "defects": ["menu", "html-debris", "hidden-email", "donation-block", "comments-widget", "share-lines",
                      "duplicate-title", "double-space"]},
    blocks=[
        B("""Solidarité Grands Lacs – ONG belge de coopération
Accueil
Nos projets
Nos projets
Actualités
Faire un don
<h1 class="entry-title">Sud-Kivu : 52 000 habitants de Kalehe retrouvent l&rsquo;eau potable</h1>
Publié le 2 décembre 2025 par Communication SGL | 4 min de lecture"""),
        P("Sud-Kivu : 52 000 habitants de Kalehe retrouvent l’eau potable"),
        P(p_("Bukavu, le 2 décembre 2025 – Dix-huit mois après les inondations qui avaient détruit une grande partie "
             "du réseau d’eau du territoire de Kalehe, au bord du lac Kivu, l’ONG belge Solidarité Grands Lacs (SGL) "
             "a remis en service 34 kilomètres de conduites et 112 bornes-fontaines. Quelque 52 000 habitants ont "
             "de nouveau accès à une eau contrôlée, à moins de 500 mètres de leur domicile.")),
        P("[[<strong>||]]Des comités de gestion formés[[</strong>||]]"),
        P(p_("Chaque borne-fontaine est confiée à un comité élu, dont au moins la moitié des membres sont des "
             "femmes. Le bidon de 20 litres est vendu 50 francs congolais, une somme qui couvre l’entretien "
             "et le salaire de 14 fontainiers.[[  || ]]Depuis juin, les centres de santé de Kalehe n’ont enregistré "
             "que 23 cas de choléra, contre 410 au premier semestre.")),
        P(p_("Le projet, d’un coût de 1,9 million d’euros, est financé à 80 % par la Direction générale Coopération "
             "au développement et Aide humanitaire (DGD) du gouvernement belge, avec l’appui de la Régie de "
             "distribution d’eau (REGIDESO) pour les analyses. « Nous voulons que les comités soient autonomes d’ici "
             "trois ans », explique Héritier Bisimwa, coordinateur de SGL à Bukavu.")),
        L("""Contacts presse :[[<br />||]]
À Bruxelles : Sophie Vandermeulen, +32 2 538 12 40, [[<a href="mailto:s.vandermeulen@sgl.example.be">||]]s.vandermeulen@sgl.example.be[[</a>||]][[<br />||]]
À Bukavu : Héritier Bisimwa, +243 81 234 56 78, [[<a href="/cdn-cgi/l/email-protection" class="__cf_email__" data-cfemail="3c5e554f55514b555e7c4f5b50125955">||]][email protected][[</a>||]]"""),
        B("""Partager : Facebook | LinkedIn | E-mail
Soutenez nos projets : 40 € offrent l’eau potable à une famille pendant un an. Je fais un don
BE12 3456 7890 1234 – Attestation fiscale dès 40 € par an
2 commentaires
Marc D. – 2 décembre 2025 à 18:12 : Bravo aux équipes de Kalehe !
Aline M. – 3 décembre 2025 à 09:40 : Et pour Minova, c’est prévu ?
Laisser un commentaire | Nom | E-mail | Publier"""),
    ],
    gold=dict(
        title="Sud-Kivu : 52 000 habitants de Kalehe retrouvent l’eau potable",
        dateline=dl("Bukavu", "2025-12-02"),
        organisations=[org("Solidarité Grands Lacs", "SGL"),
                       org("Direction générale Coopération au développement et Aide humanitaire", "DGD"),
                       org("Régie de distribution d’eau", "REGIDESO")],
        places=[place("Sud-Kivu"), place("Kalehe"), place("Bukavu"), place("lac Kivu"), place("Bruxelles")],
        figures=[
            fig("52 000 habitants", 52000, "habitants"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("Dix-huit mois", 18, "mois", "duration"),
            fig("34 kilomètres", 34, "kilomètres", "other"),
            fig("112 bornes-fontaines", 112, "bornes-fontaines"),
            fig("Quelque 52 000 habitants", 52000, "habitants", qualifier="Quelque"),
            fig("moins de 500 mètres", 500, "mètres", "other", qualifier="moins de"),
            fig("au moins la moitié", 0.5, None, "other", qualifier="au moins"),
            fig("20 litres", 20, "litres", "other"),
            fig("50 francs congolais", 50, "francs congolais", "money", currency="CDF"),
            fig("14 fontainiers", 14, "fontainiers"),
            fig("23 cas", 23, "cas"),
            fig("410", 410, None),
            fig("1,9 million d’euros", 1900000, "euros", "money", currency="EUR"),
            fig("80 %", 80, "%", "percent"),
            fig("trois ans", 3, "ans", "duration"),
        ],
        phones=[phone("+3225381240"), phone("+243812345678")],
        emails=["s.vandermeulen@sgl.example.be"],
        hidden_emails=1,
        contacts=[contact("Sophie Vandermeulen", None, None, ["+3225381240"], ["s.vandermeulen@sgl.example.be"]),
                  contact("Héritier Bisimwa", None, None, ["+243812345678"], [])],
        notes="WordPress chrome: site name, menu with a doubled 'Nos projets', the theme's '<h1 class=\"entry-title\">' "
              "copy of the title (with '&rsquo;', tag duplicate-title), the date/author/reading-time line; at the "
              "bottom share line, donation block (its '40 €' and the IBAN are chrome), comment counter, two "
              "comments and the comment form: boilerplate. The body keeps its '<p>' tags and entities ('&eacute;', "
              "'&rsquo;', '&egrave;', '&agrave;', '&laquo;'), a '<strong>' subheading, '<br />' after contact lines, a "
              "mailto anchor and a CDN e-mail-protection anchor (the visible '[email protected]' stays, counted, "
              "data-cfemail not decoded, h248-h263); a double space between two sentences. 'au premier semestre' "
              "is an ordinal word alone (not a figure, README 'premier navire'); 'contre 410' a count without noun. 'Le bidon de 20 litres': the container's measure; "
              "'Depuis juin' not a figure. The REGIDESO is listed with the long form the page gives; the DGD under "
              "its long form with 'du gouvernement belge' out; 'gouvernement belge' generic, 'ONG belge' generic. "
              "Contacts: two lines opened by city labels ('À Bruxelles :', 'À Bukavu :'), cities as places giving "
              "the numbers' countries (+32, +243); the Bukavu contact's role stays null although the body's quote "
              "gives it (README: role and organisation as written in the contact block); his address is hidden. 'lac Kivu' "
              "with its generic noun (h184-h199 lakes).",
    ),
))

# --------------------------------------------------------------------------- h385 Chad's agriculture ministry on an old CMS: hard wraps with a split number, lost dateline dash, a paragraph without accents, visit counter
PAGES.append(Page(
    name="h385-ministere-agriculture-tchad-campagne-2025-2026",
    meta={"site": "www.agriculture.example.gouv.td", "style": "ministry-old-cms-hard-wrap",
          "defects": ["menu", "duplicate-lines", "cms-footer", "hard-wrap", "wrapped-number", "lost-dash",
                      "double-space", "stripped-accents", "postcode-trap"]},
    wrap=70, jitter=8,
    blocks=[
        B("""République du Tchad – Unité – Travail – Progrès
Ministère de la Production et de la Transformation agricoles
Accueil :: Le Ministère :: Le Ministère :: Directions :: Projets :: Actualités :: Actualités :: Contact
Publié le Lundi, 01 Décembre 2025 11:32 | Écrit par Administrateur | Affichages : 236"""),
        P("Campagne 2025-2026 : le Tchad attend une récolte céréalière de 3,1 millions de tonnes", nowrap=True),
        P("N’Djamena, le 1er décembre 2025[[  || – ]]Le ministère de la Production et de la Transformation agricoles a "
          "présenté ce lundi les résultats provisoires de la campagne agricole 2025-2026. La production céréalière "
          "est estimée à 3 142 000 tonnes, soit une hausse de 11 % par rapport à la campagne précédente et de "
          "quelque 1⏎250 000 tonnes par rapport à la moyenne des cinq dernières années."),
        P("Les pluies, abondantes de juillet à septembre, ont profité au sorgho et au mil dans les provinces du "
          "Mayo-Kebbi Est, du Logone occidental et du Moyen-Chari. En revanche, les inondations d’août ont détruit "
          "près de 86 000 hectares de cultures autour du lac Tchad et le long du Chari."),
        P("Dans l’Est, la situation reste préoccupante. Les provinces du Ouaddaï et du Sila accueillent plus de "
          "1,2 million de réfugiés soudanais, dont près de 300 000 arrivés depuis janvier. Les stocks des ménages "
          "hôtes y seront épuisés dès le mois de mars, selon l’Office national de sécurité alimentaire (ONASA).",
          strip=True),
        P("Le gouvernement a décidé de reconstituer le stock national de sécurité à hauteur de 75 000 tonnes, pour "
          "un coût de 22,5 milliards de francs CFA. Les achats seront faits directement auprès des groupements de "
          "producteurs, avec l’appui de l’Organisation des Nations unies pour l’alimentation et l’agriculture (FAO)."),
        L("""Direction de la communication
Tél. : (235) 22 52 31 40 / 66 21 40 87
BP 441 N’Djamena – dircom@agriculture.example.gouv.td"""),
        B("""Imprimer | Envoyer | PDF
Nombre de visites : 1 482 306
© 2025 Ministère de la Production et de la Transformation agricoles – Tous droits réservés"""),
    ],
    gold=dict(
        title="Campagne 2025-2026 : le Tchad attend une récolte céréalière de 3,1 millions de tonnes",
        dateline=dl("N’Djamena", "2025-12-01"),
        organisations=[org("ministère de la Production et de la Transformation agricoles", None),
                       org("Office national de sécurité alimentaire", "ONASA"),
                       org("Organisation des Nations unies pour l’alimentation et l’agriculture", "FAO")],
        places=[place("Tchad", "TD"), place("N’Djamena"), place("Mayo-Kebbi Est"), place("Logone occidental"),
                place("Moyen-Chari"), place("lac Tchad"), place("Chari"), place("Est"), place("Ouaddaï"),
                place("Sila")],
        figures=[
            fig("2025", 2025, None, "year"),
            fig("2026", 2026, None, "year"),
            fig("3,1 millions de tonnes", 3100000, "tonnes", "other"),
            fig("le 1er décembre 2025", "2025-12-01", None, "date"),
            fig("3 142 000 tonnes", 3142000, "tonnes", "other"),
            fig("11 %", 11, "%", "percent"),
            fig("quelque 1 250 000 tonnes", 1250000, "tonnes", "other", qualifier="quelque"),
            fig("cinq dernières années", 5, "années", "duration"),
            fig("près de 86 000 hectares", 86000, "hectares", "other", qualifier="près de"),
            fig("plus de 1,2 million de réfugiés", 1200000, "réfugiés", qualifier="plus de"),
            fig("près de 300 000", 300000, None, qualifier="près de"),
            fig("75 000 tonnes", 75000, "tonnes", "other"),
            fig("22,5 milliards de francs CFA", 22500000000, "francs CFA", "money", currency="XAF"),
        ],
        phones=[phone("+23522523140"), phone("+23566214087")],
        emails=["dircom@agriculture.example.gouv.td"],
        contacts=[contact(None, None, "Direction de la communication", ["+23522523140", "+23566214087"],
                          ["dircom@agriculture.example.gouv.td"])],
        notes="Old CMS page: motto and ministry lines, a one-line '::' menu with doubled 'Le Ministère' and "
              "'Actualités', the Joomla-style article-info line (cms-footer), print/send line, a visit counter and "
              "copyright: boilerplate. Body paragraphs hard-wrapped at about 62-70 columns, 'quelque 1' ⏎ '250 000 "
              "tonnes' split by the wrap. The dateline's en dash was lost, leaving two spaces ('2025  Le "
              "ministère'): the dash comes back. The fourth paragraph (on the East) is typed without any accent "
              "('preoccupante', 'refugies', 'Ouaddai', 'epuises', 'securite'): restored, place names with their "
              "accents ('Ouaddaï'). 'Campagne 2025-2026' (title) and 'campagne agricole 2025-2026': a season, two "
              "year figures listed once. 'près de 300 000 arrivés': a count whose noun is elided (unit null). 'dès "
              "le mois de mars', 'depuis janvier', 'd’août' are not figures; 'de juillet à septembre' neither. The "
              "ministry is listed in lower case as the release writes it (its acting subject); the 'Direction de la "
              "communication' is the contact's organisation (an office line without person). 'Chari' (river), "
              "'lac Tchad' (with its generic noun), 'Est' (region) places; 'soudanais' an adjective (Sudan not "
              "named). Phones '(235) 22 52 31 40' and a mobile after '/' without code (+235); 'BP 441' is a "
              "postcode trap.",
    ),
))

# --------------------------------------------------------------------------- h386 French embassy in Vietnam: Vietnamese language line, menu, cp1250 paragraph, extension and fax
PAGES.append(Page(
    name="h386-ambassade-france-vietnam-delta-mekong-salinite",
    meta={"site": "vn.ambafrance.example.org", "style": "embassy-cooperation-news-asia",
          "defects": ["menu", "duplicate-lines", "breadcrumb", "share-lines", "mojibake-cp1250", "cookie-banner"]},
    blocks=[
        B("""Ambassade de France au Viêt Nam
Français | Tiếng Việt | English
Accueil
Coopération
Coopération
Actualités
Actualités
Services aux citoyens
Visas
Accueil > Actualités > Coopération
Publié le 02/12/2025"""),
        P("Delta du Mékong : la France finance 18 stations de dessalement pour 240 000 habitants"),
        P("Hanoï, le 2 décembre 2025 – L’Agence française de développement (AFD) et la province de Bến Tre ont signé "
          "ce mardi, en présence de l’ambassadeur de France au Viêt Nam, un prêt de 36 millions d’euros destiné à "
          "construire 18 petites stations de dessalement dans le delta du Mékong, où la remontée de l’eau de mer "
          "menace les réserves d’eau douce de 240 000 habitants."),
        P("Lors de la saison sèche de 2024, la salinité a pénétré à plus de 90 kilomètres à l’intérieur des terres. "
          "Près de 70 000 foyers ont dû acheter de l’eau en bouteille pendant quatre mois, à un prix qui a parfois "
          "atteint 150 000 dongs le mètre cube.", moji="cp1250"),
        P("Les stations, alimentées à 40 % par l’énergie solaire, seront construites par des entreprises "
          "vietnamiennes d’ici à 2028. Une subvention de 1,5 million d’euros de l’Union européenne financera la "
          "formation des techniciens provinciaux avec l’université de Cần Thơ."),
        L("""Contact presse : Service de presse de l’Ambassade
Tél. : +84 (0)24 3944 5700 poste 512 – Fax : +84 (0)24 3944 5717
presse.hanoi-amba@diplomatie.example.gouv.fr"""),
        B("""Partager : Facebook | X | Zalo | Imprimer
Ce site utilise des cookies de mesure d’audience. Accepter | Refuser
Ambassade de France au Viêt Nam – 57 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội – Mentions légales"""),
    ],
    gold=dict(
        title="Delta du Mékong : la France finance 18 stations de dessalement pour 240 000 habitants",
        dateline=dl("Hanoï", "2025-12-02"),
        organisations=[org("Agence française de développement", "AFD"), org("Union européenne", None),
                       org("université de Cần Thơ", None)],
        places=[place("delta du Mékong"), place("France", "FR"), place("Hanoï"), place("Bến Tre"),
                place("Viêt Nam", "VN"), place("Cần Thơ")],
        figures=[
            fig("18 stations", 18, "stations"),
            fig("240 000 habitants", 240000, "habitants"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("36 millions d’euros", 36000000, "euros", "money", currency="EUR"),
            fig("18 petites stations", 18, "stations"),
            fig("2024", 2024, None, "year"),
            fig("plus de 90 kilomètres", 90, "kilomètres", "other", qualifier="plus de"),
            fig("Près de 70 000 foyers", 70000, "foyers", qualifier="Près de"),
            fig("quatre mois", 4, "mois", "duration"),
            fig("150 000 dongs", 150000, "dongs", "money", currency="VND"),
            fig("40 %", 40, "%", "percent"),
            fig("2028", 2028, None, "year"),
            fig("1,5 million d’euros", 1500000, "euros", "money", currency="EUR"),
        ],
        phones=[phone("+842439445700", extension="512"), phone("+842439445717", "fax")],
        emails=["presse.hanoi-amba@diplomatie.example.gouv.fr"],
        contacts=[contact(None, None, "Service de presse de l’Ambassade", ["+842439445700", "+842439445717"],
                          ["presse.hanoi-amba@diplomatie.example.gouv.fr"])],
        notes="Embassy site chrome: site name, French/Vietnamese/English line, menu with doubled 'Coopération' and "
              "'Actualités', breadcrumb, publication line; at the bottom share line (with Zalo), cookie line and "
              "footer with the embassy's address: boilerplate. The third paragraph is UTF-8 read as cp1250 ('sĂ¨che', "
              "'salinitĂ©', 'Ă ' for à, 'lâ€™eau'): decoded. Vietnamese place names "
              "keep their letters ('Bến Tre', 'Cần Thơ'). 'Delta du Mékong' / 'delta du Mékong' give the place "
              "'delta du Mékong' (a region: it keeps its noun as d06's does; the writer of this page had listed "
              "'Mékong', settled in session 26; iso null). The title's '18 stations' and the body's '18 petites "
              "stations' are two texts. 'la saison sèche de 2024': the year '2024' (as 'le recensement de 2021'). "
              "'d’ici à 2028': '2028'. '150 000 dongs le mètre cube': the per-unit out. 'la province de Bến Tre' "
              "(signing) is a local government named by its province: listed as a place only, the signatory not "
              "named as a body. The ambassador is a role. The university is named in lower case as written. Contact: "
              "the press service's line (no person), the Hanoi number written with a bracketed trunk 0 '+84 (0)24' "
              "and 'poste 512' (extension), a fax.",
    ),
))

# --------------------------------------------------------------------------- h387 Algerian national news agency's dispatch: language line, ticker, kicker, slug, glued sentences, unaccented capitals, initials
PAGES.append(Page(
    name="h387-aps-djanet-saison-touristique-saharienne",
    meta={"site": "www.aps-algerie.example.dz", "style": "national-news-agency-dispatch-algeria",
          "defects": ["menu", "ticker", "wire-slug", "body-glued", "unaccented-capitals", "share-lines",
                      "mixed-quotes"]},
    blocks=[
        B("""العربية | ⵜⴰⵎⴰⵣⵉⵖⵜ | Français | English
Algérie Presse Service
Accueil | Algérie | Économie | Régions | Monde | Sport | Culture
Dernière minute ▸ Blida : 12 nouvelles classes inaugurées ▸ Oran : le port reçoit un nouveau portique
RÉGIONS
Publié le : mardi, 02 décembre 2025 14:27"""),
        P("Djanet : plus de 14 000 touristes étrangers attendus pour la saison saharienne"),
        P("Djanet, 2 déc. (APS) - La wilaya de Djanet s’attend à accueillir plus de 14 000 touristes étrangers "
          "durant la saison saharienne 2025-2026, contre 9 600 la saison précédente, a indiqué mardi le directeur "
          "local du tourisme, Brahim Ag Elkhir."),
        P("Les premiers groupes, venus principalement de France, d’Italie et d’Allemagne, sont arrivés fin octobre "
          "par les deux vols hebdomadaires directs ouverts par Air Algérie depuis Paris et Lyon.", glue=True),
        P("[[A||À]] cet effet, 42 agences de voyages ont été agréées et 310 guides formés aux premiers secours. "
          "Le Parc culturel du Tassili n’Ajjer, classé au patrimoine mondial, a renforcé ses patrouilles pour "
          "protéger les peintures rupestres, dont certaines ont plus de 8 000 ans."),
        P("Selon l’Office national du tourisme (ONT), chaque touriste dépense en moyenne 95 000 dinars au cours d’un "
          "circuit de huit jours. \"Le tourisme saharien fait vivre près de 2 500 familles de la région\", a "
          "souligné le responsable, appelant l’[[Etat||État]] à prolonger la piste de l’aéroport "
          "de 600 mètres pour recevoir des avions plus gros.", glue=True),
        B("""ASN/KM
Partager : Facebook | X | Telegram | Imprimer
© APS 2025 – Reproduction autorisée avec mention de la source"""),
    ],
    gold=dict(
        title="Djanet : plus de 14 000 touristes étrangers attendus pour la saison saharienne",
        dateline=dl("Djanet", "--12-02"),
        organisations=[org(None, "APS"), org("Air Algérie", None),
                       org("Parc culturel du Tassili n’Ajjer", None),
                       org("Office national du tourisme", "ONT")],
        places=[place("Djanet"), place("France", "FR"), place("Italie", "IT"), place("Allemagne", "DE"),
                place("Paris"), place("Lyon")],
        figures=[
            fig("plus de 14 000 touristes", 14000, "touristes", qualifier="plus de"),
            fig("2 déc.", "--12-02", None, "date"),
            fig("2025", 2025, None, "year"),
            fig("2026", 2026, None, "year"),
            fig("9 600", 9600, None),
            fig("deux vols", 2, "vols"),
            fig("42 agences", 42, "agences"),
            fig("310 guides", 310, "guides"),
            fig("plus de 8 000 ans", 8000, "ans", "duration", qualifier="plus de"),
            fig("95 000 dinars", 95000, "dinars", "money", currency="DZD"),
            fig("huit jours", 8, "jours", "duration"),
            fig("près de 2 500 familles", 2500, "familles", qualifier="près de"),
            fig("600 mètres", 600, "mètres", "other"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes="Agency chrome: Arabic/Tamazight/French/English line, site name, one-line menu, a 'Dernière minute ▸' "
              "ticker (its numbers are not figures), the capital rubric kicker 'RÉGIONS', the 'Publié le' slug line "
              "and, after the body, the wire initials 'ASN/KM' (wire-slug), share line and copyright: boilerplate. "
              "The agency's dateline 'Djanet, 2 déc. (APS) -' with a hyphen and no year: date --12-02, figure '2 "
              "déc.', the agency as an organisation (acronym only; 'Algérie Presse Service' is chrome). Two sentences "
              "glued to the paragraph before them at a full stop ('Ag Elkhir.Les premiers groupes', 'plus de 8 000 "
              "ans.Selon l’Office'): split. Unaccented capitals 'A cet effet' and 'l’Etat': restored. Straight "
              "double quotes in a page with curly apostrophes kept as written. 'la saison saharienne 2025-2026': a "
              "season, two year figures. 'contre 9 600': a count without noun. 'fin octobre', 'mardi', "
              "'hebdomadaires' are not figures; 'plus de 8 000 ans' a duration (the paintings' age). The Parc "
              "culturel du Tassili n’Ajjer (a public establishment, acting: it reinforced its patrols) is listed; "
              "'Tassili n’Ajjer' stands only inside its name and is not a place (README 'Cameroun' inside a name). "
              "'wilaya de Djanet' gives Djanet once; Algeria is never named as a country in the article ('Air "
              "Algérie' a company's name). The local tourism director is a role; no contact.",
    ),
))

# --------------------------------------------------------------------------- h388 Indian Ocean Commission release in an online document reader: reader chrome, letterhead, two-line capital title, right-aligned dateline, hyphenation, ligatures, split number, page break with running footer, footnote
H388_P1 = ("Les patrouilles conjointes du Plan régional de surveillance des pêches, "
           "coordonné par la Commission de l’océan Indien (COI), ont contrôlé 1 150 navires en 2025 dans les zones "
           "économiques exclusives des Comores, de La Réunion (France), de Madagascar, de Maurice, du Mozambique, "
           "des Seychelles et de la Tanzanie. Quarante-sept infractions ont été constatées, dont 12 cas avérés de "
           "pêche INN¹.")
H388_R1 = ("Les patrouilles conjointes du Plan régional de surveillance des pêches, coordonné par\n"
           "la Commission de l’océan Indien (COI), ont contrôlé 1\n"
           "150 navires en 2025 dans les zones économiques exclusives des Comores, de La Réunion\n"
           "(France), de Madagascar, de Maurice, du Mozambique, des Seychelles et de la Tanzanie.\n"
           "Quarante-sept infractions ont été constatées, dont 12 cas avérés de pêche INN¹.")
H388_P2 = ("Les contrôles, menés en 214 jours de mer par trois patrouilleurs et un avion de surveillance, se sont "
           "concentrés sur le canal du Mozambique et sur les bancs situés au nord des Seychelles, où les flottilles "
           "de palangriers sont les plus nombreuses. Les amendes infligées aux armateurs atteignent 3,8 millions "
           "d’euros, dont 1,1 million déjà versé au Trésor public seychellois. Les captures saisies, près de 96 "
           "tonnes de thon et d’espadon, ont été remises à des associations d’aide alimentaire.")
H388_R2A = ("Les contrôles, menés en 214 jours de mer par trois patrouilleurs et un avion de surveil-\n"
            "lance, se sont concentrés sur le canal du Mozambique et sur les bancs situés au nord des\n"
            "Seychelles, où les flottilles de palangriers sont les plus nombreuses. Les amendes infli-\n"
            "gées aux armateurs atteignent 3,8 millions d’euros, dont 1,1 million déjà versé au Trésor")
H388_R2B = ("public seychellois. Les captures saisies, près de 96 tonnes de thon et d’espadon, ont été\n"
            "remises à des associations d’aide alimentaire.")
H388_P3 = ("Financé par l’Union européenne à hauteur de 9 millions d’euros pour 2024-2027, le dispositif sera "
           "complété en 2026 par un centre régional de fusion de l’information maritime à Madagascar. « Aucun de "
           "nos États ne peut surveiller seul 5,5 millions de kilomètres carrés d’océan », a rappelé le secrétaire "
           "général de la COI.")
PAGES.append(Page(
    name="h388-coi-peche-illicite-ocean-indien-lecteur-document",
    meta={"site": "www.lectodoc.example.com", "style": "document-reader-pdf-regional-body",
          "defects": ["pdf-chrome", "page-furniture", "pdf-hyphenation", "hard-wrap", "wrapped-number",
                      "stray-unicode-ligature", "unaccented-capitals"]},
    blocks=[
        B("""LectoDoc – lire et partager vos documents
Rechercher un document…    Se connecter | S’inscrire
COI_communique_peche_INN_2025.pdf
Publié par coi-communication · 2 pages · 187 lectures
⬇ Télécharger   🖨 Imprimer   ⛶ Plein écran   ⤴ Partager
Page 1 / 2    − 100 % +
COMMISSION DE L’OCEAN INDIEN
Blue Tower, 3e étage – Rue de l’Institut – Ébène – République de Maurice
COMMUNIQUÉ DE PRESSE"""),
        X("PECHE ILLICITE DANS LE SUD-OUEST DE L’OCEAN INDIEN :\n1 150 NAVIRES CONTROLES EN 2025",
          "PÊCHE ILLICITE DANS LE SUD-OUEST DE L’OCÉAN INDIEN : 1 150 NAVIRES CONTRÔLÉS EN 2025"),
        X(" " * 62 + "Ébène, le 28 novembre 2025", "Ébène, le 28 novembre 2025"),
        X(H388_R1, H388_P1, lig=True),
        X(H388_R2A + "\n¹ Pêche illicite, non déclarée et non réglementée.",
          H388_P2 + "\n¹ Pêche illicite, non déclarée et non réglementée.", lig=True),
        B("""COI – Communiqué de presse – 28 novembre 2025                                    1/2
Page 2 / 2    − 100 % +"""),
        X(H388_R2B, "", lig=True),
        X(pdfwrap(H388_P3, 88, {"information": 5}), H388_P3, lig=True),
        X("Contact presse : Nadia Rambhujun, chargée de communication – +230 402 61 00 –\n"
          "nadia.rambhujun@coi-ioc.example.org",
          "Contact presse : Nadia Rambhujun, chargée de communication – +230 402 61 00 – "
          "nadia.rambhujun@coi-ioc.example.org"),
        B("""COI – Communiqué de presse – 28 novembre 2025                                    2/2
Documents similaires
› Rapport annuel 2024 de la Commission de l’océan Indien (48 pages)
› Plan régional de surveillance des pêches : bilan 2019-2024 (12 pages)
Signaler ce document
© 2025 LectoDoc – Conditions d’utilisation"""),
    ],
    gold=dict(
        title="PÊCHE ILLICITE DANS LE SUD-OUEST DE L’OCÉAN INDIEN : 1 150 NAVIRES CONTRÔLÉS EN 2025",
        dateline=dl("Ébène", "2025-11-28"),
        organisations=[org("Commission de l’océan Indien", "COI"), org("Union européenne", None)],
        places=[place("océan Indien"), place("Ébène"), place("Comores", "KM"), place("La Réunion"),
                place("France", "FR"), place("Madagascar", "MG"), place("Maurice", "MU"),
                place("Mozambique", "MZ"), place("Seychelles", "SC"), place("Tanzanie", "TZ"),
                place("canal du Mozambique")],
        figures=[
            fig("1 150 NAVIRES", 1150, "NAVIRES"),
            fig("EN 2025", 2025, None, "year"),
            fig("le 28 novembre 2025", "2025-11-28", None, "date"),
            fig("1 150 navires", 1150, "navires"),
            fig("en 2025", 2025, None, "year"),
            fig("Quarante-sept infractions", 47, "infractions"),
            fig("12 cas", 12, "cas"),
            fig("214 jours", 214, "jours", "duration"),
            fig("trois patrouilleurs", 3, "patrouilleurs"),
            fig("3,8 millions d’euros", 3800000, "euros", "money", currency="EUR"),
            fig("1,1 million", 1100000, None, "money", currency="EUR"),
            fig("près de 96 tonnes", 96, "tonnes", "other", qualifier="près de"),
            fig("9 millions d’euros", 9000000, "euros", "money", currency="EUR"),
            fig("2024", 2024, None, "year"),
            fig("2027", 2027, None, "year"),
            fig("en 2026", 2026, None, "year"),
            fig("5,5 millions de kilomètres carrés", 5500000, "kilomètres carrés", "other"),
        ],
        phones=[phone("+2304026100")],
        emails=["nadia.rambhujun@coi-ioc.example.org"],
        contacts=[contact("Nadia Rambhujun", "chargée de communication", None, ["+2304026100"],
                          ["nadia.rambhujun@coi-ioc.example.org"])],
        notes="An online document reader's chrome (reader name, search/login line, file-name line, 'Publié par ... · "
              "2 pages · 187 lectures', toolbar, 'Page n / 2 − 100 % +' lines, 'Documents similaires' with two "
              "titles, 'Signaler ce document', copyright) is boilerplate (pdf-chrome, h264-h279), with the PDF's "
              "letterhead (its capital name typed without accents), the 'COMMUNIQUÉ DE PRESSE' label, the running "
              "footers with their '1/2', '2/2' page marks, The capital "
              "title on two lines is typed without accents ('PECHE', 'OCEAN', 'CONTROLES'): one line, accents "
              "restored, case kept. The right-aligned line 'Ébène, le 28 novembre 2025' above the body is the dateline on its own line (README). Body lines wrapped at about 88 "
              "columns with hyphenation at line ends ('surveil-'⏎'lance', 'infli-'⏎'gées'), fi/fl ligatures, the number '1'⏎'150 navires' split by the wrap, "
              "a page break inside the second paragraph (joined). The footnote mark '¹' after 'INN' is kept as "
              "written (a superscript, not a figure); the footnote line at the page's foot is article text and follows the cut paragraph in the clean text (h328-h343 footnote rule, README h40-h55). The 'Plan régional de "
              "surveillance des pêches' is a programme (not an organisation). 'Trésor public seychellois' (the state's accounts) is generic, not listed. '1,1 million' (after 'dont') money in "
              "the context's currency, unit null. 'pour 2024-2027' a programme's period: two years (h328-h343). "
              "'La Réunion' (French overseas department) iso null, as New Caledonia (h312-h327); 'canal du "
              "Mozambique' with its generic noun (seas rule); 'océan Indien' listed in normal case "
              "from the capital title (it is also written so inside the COI's name). 'Blue Tower, 3e étage' is chrome. The "
              "secretary general is a role. Contact: one line with person, role, a Mauritian landline and an "
              "address.",
    ),
))

# --------------------------------------------------------------------------- h389 browser print view of a New Brunswick government release: print header/footer twice, page break inside a paragraph, ’ as '?' in one paragraph
H389_HEAD = "02/12/2025 10:14                Quais de pêche : 12,4 millions $ pour la Péninsule acadienne"
H389_P3A = ("Les travaux commenceront au printemps 2026 et s’échelonneront sur trois saisons, entre les périodes de "
            "pêche, afin de ne pas perturber la saison du homard, qui fait vivre quelque 1 800 pêcheurs et aides-")
PAGES.append(Page(
    name="h389-gnb-quais-peche-peninsule-acadienne-impression",
    meta={"site": "www2.gnb.example.ca", "style": "provincial-government-release-print-view",
          "defects": ["print-furniture", "lost-apostrophe"]},
    blocks=[
        B(H389_HEAD + "\nCommuniqué | 2 décembre 2025"),
        P("Quais de pêche : 12,4 millions $ pour la Péninsule acadienne"),
        P("FREDERICTON (GNB) – Le gouvernement provincial investira 12,4 millions $ au cours des trois prochaines "
          "années pour moderniser les quais de Caraquet, de Lamèque et de Shippagan, dans la Péninsule acadienne."),
        P("« Nos quais ont été construits pour des bateaux deux fois plus petits que ceux d’aujourd’hui. Avec des "
          "tempêtes de plus en plus fortes, c’est la sécurité de nos pêcheurs qui est en jeu », a déclaré le "
          "ministre de l’Agriculture, de l’Aquaculture et des Pêches, Marc-André Doiron.", apos="?"),
        X(H389_P3A, H389_P3A + "pêcheurs. Pêches et Océans Canada versera pour sa part 4,2 millions $ pour "
          "rallonger de 45 mètres le brise-lames de Lamèque, endommagé lors de la tempête de septembre 2024."),
        B("https://www2.gnb.example.ca/content/gnb/fr/nouvelles/communique.2025.12.0614.html        1/2\n"
          + H389_HEAD),
        X("pêcheurs. Pêches et Océans Canada versera pour sa part 4,2 millions $ pour rallonger de 45 mètres le "
          "brise-lames de Lamèque, endommagé lors de la tempête de septembre 2024.", ""),
        P("Le secteur des pêches a généré des exportations de 1,9 milliard $ en 2024, soit près du tiers des "
          "exportations de produits alimentaires de la province."),
        L("""Personne-ressource pour les médias : Julie Thériault, communications, ministère de l’Agriculture, de l’Aquaculture et des Pêches, 506-453-2240, julie.theriault@gnb.example.ca"""),
        B("https://www2.gnb.example.ca/content/gnb/fr/nouvelles/communique.2025.12.0614.html        2/2"),
    ],
    gold=dict(
        title="Quais de pêche : 12,4 millions $ pour la Péninsule acadienne",
        dateline=dl("FREDERICTON", None),
        organisations=[org(None, "GNB"), org("Pêches et Océans Canada", None)],
        places=[place("Péninsule acadienne"), place("Fredericton"), place("Caraquet"), place("Lamèque"),
                place("Shippagan")],
        figures=[
            fig("12,4 millions $", 12400000, "$", "money", currency="CAD"),
            fig("trois prochaines années", 3, "années", "duration"),
            fig("deux fois", 2, "fois", "other"),
            fig("2026", 2026, None, "year"),
            fig("trois saisons", 3, "saisons", "duration"),
            fig("quelque 1 800 pêcheurs", 1800, "pêcheurs", qualifier="quelque"),
            fig("4,2 millions $", 4200000, "$", "money", currency="CAD"),
            fig("45 mètres", 45, "mètres", "other"),
            fig("septembre 2024", 2024, None, "year"),
            fig("1,9 milliard $", 1900000000, "$", "money", currency="CAD"),
            fig("en 2024", 2024, None, "year"),
            fig("près du tiers", 0.3333, None, "other", qualifier="près du"),
        ],
        phones=[phone("+15064532240")],
        emails=["julie.theriault@gnb.example.ca"],
        contacts=[contact("Julie Thériault", "communications",
                          "ministère de l’Agriculture, de l’Aquaculture et des Pêches", ["+15064532240"],
                          ["julie.theriault@gnb.example.ca"])],
        notes="A browser's print view: the print header (date, clock and the page's title) at the top of each "
              "printed page and the footer (URL and '1/2', '2/2') at their foot are boilerplate (print-furniture), "
              "printed twice; the 'Communiqué | 2 décembre 2025' metadata line too (its date is not a figure and "
              "not the dateline's). A page break falls inside the third paragraph, on a compound word hyphenated "
              "at the line end ('aides-' ⏎ footer, header ⏎ 'pêcheurs'): joined as 'aides-pêcheurs' (a real "
              "hyphen that stays). The quote's ’ all came out as '?' ('aujourd?hui', 'c?est', 'd?aujourd?hui', "
              "'l?Agriculture', 'l?Aquaculture'): restored. 'FREDERICTON (GNB) –': place as written, no date; the "
              "GNB as an organisation (acronym only; the government's long form is never written in the article, "
              "'gouvernement provincial' generic). The ministry stands in the minister's role and in the contact "
              "line only: not listed (h312-h327 ministry named only in a role; README h40-h55 contact office), but it is the contact's organisation as written; its role "
              "'communications'. 'Pêches et Océans Canada' (federal department, funding) listed; Canada inside its "
              "name is not a place; 'la province' generic. 'deux fois plus petits': a ratio. 'au printemps 2026' "
              "gives '2026' (a period noun before a year stays out, README h40-h55) while 'septembre 2024' keeps its "
              "month; 'trois "
              "saisons' a duration. A 506 number written with hyphens and no label (+1 506).",
    ),
))

# --------------------------------------------------------------------------- h390 Francophonie organisation in Paris: œ as '?', € lost, obfuscated addresses, contacts in Paris, Phnom Penh and Port-Vila
PAGES.append(Page(
    name="h390-oif-numerique-educatif-cambodge-laos-vanuatu",
    meta={"site": "www.francophonie-oif.example.org", "style": "intergovernmental-organisation-newsroom",
          "defects": ["menu", "duplicate-lines", "breadcrumb", "share-lines", "oe-question-mark", "lost-euro",
                      "space-before-comma", "obfuscated-email", "postcode-trap"]},
    blocks=[
        B("""Organisation internationale de la Francophonie
L’OIF
Nos actions
Nos actions
Médias
Médias
Ressources
Accueil > Médias > Communiqués de presse
Communiqué de presse · Paris · 03/12/2025"""),
        P("Numérique éducatif : la Francophonie formera 3 000 enseignants au Cambodge, au Laos et au Vanuatu"),
        P("Paris, le 3 décembre 2025 – L’Organisation internationale de la Francophonie (OIF) lancera en janvier 2026 "
          "un programme de formation au numérique éducatif destiné à 3 000 enseignants de français du Cambodge, du "
          "Laos et du Vanuatu. Mis en œuvre avec l’Agence universitaire de la Francophonie (AUF), il prévoit 120 "
          "heures de formation, en classe et à distance, sur deux années scolaires.", oe="?"),
        P("Le programme dispose d’un budget de 2,6 millions €, dont 900 000 € apportés par la Fédération "
          "Wallonie-Bruxelles. Chaque enseignant recevra une tablette d’une valeur d’environ 320 €, et 45 écoles "
          "normales seront équipées d’une salle multimédia.", noeuro=""),
        P("Selon une enquête menée en 2025 par l’AUF, près de 40 % des enseignants de français de la région n’ont "
          "jamais utilisé d’outil numérique en classe. « Le français reste au c œur de l’éducation dans ces trois "
          "pays ; nous voulons que nos enseignants y aient accès aux mêmes ressources qu’à Dakar ou à Montréal », a "
          "déclaré l’administratrice de l’OIF.".replace("c œur", "cœur"), oe="?"),
        L("""Contacts presse :
Paris : Claire Mbarga, attachée de presse, +33 (0)1 44 37 71 58, presse [at] francophonie-oif.example.org
Phnom Penh : Sokha Chea, Représentation pour l’Asie-Pacifique, +855 23 990 412, s.chea [at] francophonie-oif.example.org
Port-Vila : Marie-Noëlle Tari, +678 22 345"""),
        B("""Partager : Facebook | X | LinkedIn | Copier le lien
Sur le même thème
› Journée internationale de la Francophonie 2026 : appel à projets – 28/11/2025
› 1 200 jeunes formés aux métiers du numérique en Afrique centrale – 14/11/2025
OIF – 19-21 avenue Bosquet, 75007 Paris – © 2025 – Mentions légales"""),
    ],
    gold=dict(
        title="Numérique éducatif : la Francophonie formera 3 000 enseignants au Cambodge, au Laos et au Vanuatu",
        dateline=dl("Paris", "2025-12-03"),
        organisations=[org("Organisation internationale de la Francophonie", "OIF"),
                       org("Agence universitaire de la Francophonie", "AUF"),
                       org("Fédération Wallonie-Bruxelles", None)],
        places=[place("Cambodge", "KH"), place("Laos", "LA"), place("Vanuatu", "VU"), place("Paris"),
                place("Dakar"), place("Montréal"), place("Phnom Penh"), place("Port-Vila")],
        figures=[
            fig("3 000 enseignants", 3000, "enseignants"),
            fig("le 3 décembre 2025", "2025-12-03", None, "date"),
            fig("janvier 2026", 2026, None, "year"),
            fig("120 heures", 120, "heures", "duration"),
            fig("deux années scolaires", 2, "années", "duration"),
            fig("2,6 millions €", 2600000, "€", "money", currency="EUR"),
            fig("900 000 €", 900000, "€", "money", currency="EUR"),
            fig("environ 320 €", 320, "€", "money", qualifier="environ", currency="EUR"),
            fig("45 écoles", 45, "écoles"),
            fig("en 2025", 2025, None, "year"),
            fig("près de 40 %", 40, "%", "percent", qualifier="près de"),
            fig("trois pays", 3, "pays"),
        ],
        phones=[phone("+33144377158"), phone("+85523990412"), phone("+67822345")],
        emails=[],
        contacts=[contact("Claire Mbarga", "attachée de presse", None, ["+33144377158"], []),
                  contact("Sokha Chea", None, "Représentation pour l’Asie-Pacifique", ["+85523990412"], []),
                  contact("Marie-Noëlle Tari", None, None, ["+67822345"], [])],
        notes="Chrome: site name, menu with doubled 'Nos actions' and 'Médias', breadcrumb, a 'Communiqué de presse · "
              "Paris · dd/mm/yyyy' line; at the bottom share line, 'Sur le même thème' headlines with dates, footer "
              "with the address and its postcode 75007: boilerplate. œ came out as '?' ('Mis en ?uvre', 'au c?ur'), "
              "€ was lost in the budget paragraph, leaving a space before a comma ('2,6 millions , dont 900 000  "
              "apportés', 'environ 320 , et'): the € comes back and the stray space goes. The title's 'la "
              "Francophonie' names the organisation by its short name (the long form and acronym are in the body): "
              "one organisation. 'janvier 2026' a year figure keeping its month; 'deux années scolaires' a duration "
              "(unit 'années'). 'au cœur', 'mêmes ressources' not figures. The Fédération Wallonie-Bruxelles (a "
              "funder) is listed; Dakar and Montréal (comparisons) places. Contacts: three lines opened by city "
              "labels (places; they give the countries of the numbers: +33 with its bracketed trunk 0, +855, "
              "+678); the addresses are obfuscated with '[at]' (kept in the clean text, not listed); the second "
              "person's office label is her organisation as written; the third has only a Vanuatu five-digit "
              "number. The administrator is a role (no name).",
    ),
))

# --------------------------------------------------------------------------- h391 Kinshasa news portal: cookie banner, flash ticker, kicker and byline, HTML line breaks, double space, 0 votes, paywall cut, comments
PAGES.append(Page(
    name="h391-kinshasa-actu-ciment-kimpese-prix",
    meta={"site": "www.kinshasa-actu.example.cd", "style": "congolese-news-portal-paywall",
          "defects": ["cookie-banner", "menu", "ticker", "votes-widget", "paywall", "comments-widget",
                      "html-debris", "double-space", "share-lines", "duplicate-caption"]},
    blocks=[
        B("""Nous utilisons des cookies pour vous offrir la meilleure expérience. J’accepte | Je refuse
Kinshasa Actu – L’info du Congo en continu
Politique | Économie | Provinces | Sport | Culture | Abonnez-vous
FLASH ▸ Matadi : le port reprend ses activités après deux jours de grève ▸ Football : les Léopards à Tunis
ÉCONOMIE
0 votes | Par Patrick Mulumba | 02/12/2025 à 09:47"""),
        P("Kinshasa : le sac de ciment perd 15 % depuis l’ouverture de la cimenterie de Kimpese"),
        P("Le sac de 50 kg de ciment gris se vend désormais entre 11 et 12 dollars sur les marchés de Kinshasa, "
          "contre 14 dollars il y a trois mois, une baisse d’environ 15 % que les revendeurs attribuent à la mise "
          "en service, fin août, de la nouvelle usine de Ciments du Kongo (CIMKO) à Kimpese, dans la province du "
          "Kongo-Central.[[<br />||]]"),
        P("Photo : Des camions chargés de ciment quittent l’usine de Kimpese. © Kinshasa Actu"),
        B("Photo : Des camions chargés de ciment quittent l’usine de Kimpese. © Kinshasa Actu"),
        P("L’usine, d’une capacité de 1,5 million de tonnes par an, a coûté 310 millions de dollars. Elle "
          "emploie 640 personnes, dont 85 % recrutées dans le territoire de Songololo.[[  || ]]Au marché "
          "Gambela, un maçon rencontré mardi payait son sac 31 500 francs congolais, contre 38 000 en août."
          "[[<br />||]]"),
        B("""La suite de cet article est réservée à nos abonnés.
Déjà abonné ? Se connecter | S’abonner dès 5 $ par mois
Partager : Facebook | WhatsApp | X
3 commentaires
Jean-Pierre K. : Il faut aussi baisser le prix du fer à béton !
Ornella M. : À Lubumbashi, rien n’a changé.
Réagir à cet article | Votre nom | Votre commentaire | Envoyer
© 2025 Kinshasa Actu – Tous droits réservés"""),
    ],
    gold=dict(
        title="Kinshasa : le sac de ciment perd 15 % depuis l’ouverture de la cimenterie de Kimpese",
        dateline=None,
        organisations=[org("Ciments du Kongo", "CIMKO")],
        places=[place("Kinshasa"), place("Kimpese"), place("Kongo-Central"), place("Songololo"),
                place("Gambela")],
        figures=[
            fig("15 %", 15, "%", "percent"),
            fig("50 kg", 50, "kg", "other"),
            fig("11", 11, None, "money", currency="USD"),
            fig("12 dollars", 12, "dollars", "money", currency="USD"),
            fig("14 dollars", 14, "dollars", "money", currency="USD"),
            fig("trois mois", 3, "mois", "duration"),
            fig("environ 15 %", 15, "%", "percent", qualifier="environ"),
            fig("1,5 million de tonnes", 1500000, "tonnes", "other"),
            fig("310 millions de dollars", 310000000, "dollars", "money", currency="USD"),
            fig("640 personnes", 640, "personnes"),
            fig("85 %", 85, "%", "percent"),
            fig("31 500 francs congolais", 31500, "francs congolais", "money", currency="CDF"),
            fig("38 000", 38000, None, "money", currency="CDF"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes="Portal chrome: cookie banner, site name and slogan, one-line menu, a 'FLASH ▸' ticker, the rubric "
              "kicker, the '0 votes | Par ... | date' metadata line (votes widget, byline, time stamp: no dateline in "
              "the article), the caption's second copy, the paywall lines that cut the article after its second "
              "paragraph, share line, comment counter, two comments and the comment form, copyright: boilerplate. "
              "The visible part is the whole article: its last paragraph ends where the paywall cuts it. '<br />' "
              "left at two paragraph ends and a double space between two sentences: removed. 'entre 11 et 12 "
              "dollars': the first bound bare with the second's currency (money, unit null). 'une baisse d’environ "
              "15 %' another text than the title's '15 %'. 'contre 38 000 en août': money in the context's currency "
              "(CDF), unit null; 'fin août', 'en août', 'mardi' not figures; 'par an' out of the capacity. 'marché "
              "Gambela' gives the market's proper name as a place (h312-h327 'Dantokpa'); 'territoire de "
              "Songololo' gives 'Songololo'. The company is a made-up name with its acronym. The chrome's '5 $' and "
              "the ticker's 'deux jours' are not figures. No contact.",
    ),
))
