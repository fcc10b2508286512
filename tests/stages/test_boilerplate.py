"""Boilerplate removal from one page alone, from labelled pages in cases/boilerplate.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pressclean.document import Document
from pressclean.stages.boilerplate import remove_boilerplate
from pressclean.stages.layout import split_glued

CASES = json.loads((Path(__file__).parent / "cases" / "boilerplate.json").read_text(encoding="utf-8"))


def _page(case) -> Document:
    """The case's page; `split_glued` first when the case says so (a line it parts: `Lire aussiLe ...`)."""
    doc = Document.from_text("\n".join(case["lines"]))
    return split_glued(doc) if case.get("split_glued") else doc


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["label"])
def test_keeps_the_article_and_only_the_article(case):
    doc = remove_boilerplate(_page(case))
    kept = doc.text.split("\n")
    # `kept`: the article's lines as they come out, when chrome glued to one of them goes
    assert kept == case.get("kept", [case["lines"][i] for i in case["article"]])


# (not the cases whose lines `split_glued` parts first: their raw lines are not the ones removed)
@pytest.mark.parametrize("case", [c for c in CASES if not c.get("split_glued")], ids=lambda c: c["label"])
def test_every_removed_line_is_an_edit_with_a_reason(case):
    text = "\n".join(case["lines"])
    doc = remove_boilerplate(Document.from_text(text))
    # (a part of a line goes too: chrome glued to the text, the site's name beside the title)
    removed = "".join(e.removed for e in doc.edits if not e.reason.endswith(("glued to the text", "beside the title")))
    dropped = [l for i, l in enumerate(case["lines"]) if i not in case["article"]]
    assert sorted(removed.split("\n")) == sorted(dropped + [""] * (removed.count("\n") + 1 - len(dropped)))
    assert all(e.reason.startswith("boilerplate: ") for e in doc.edits)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["label"])
def test_the_article_it_keeps_loses_nothing_more_when_run_again(case):
    once = remove_boilerplate(_page(case)).text
    assert remove_boilerplate(Document.from_text(once)).text == once


# -- site profiles ----------------------------------------------------------------------------
from pressclean.stages.boilerplate import RemoveBoilerplate, SiteProfile, SiteProfiles, find_article, judge, site_key, split_lines  # noqa: E402

BODY = [
    "Le projet a permis de reconstruire {n} abris pour les familles déplacées par les crues du fleuve.",
    "Les équipes ont également distribué {n} kits d'hygiène et formé des volontaires dans chaque village.",
]
TITLES = ["Des abris pour les familles du delta", "Un nouveau centre de santé à Kaya", "La saison des pluies s'annonce difficile",
          "Des cantines scolaires rouvertes au Sud", "Un appel pour les familles rentrées d'Iran"]


def site_page(n: int) -> str:
    related = [t for t in TITLES if t != TITLES[n]][:2]
    lines = ["Le réseau", "Nos actions", TITLES[n]]
    lines += [b.format(n=n + 10) for b in BODY]
    lines += ["Contact presse : Awa Ndiaye, +221 33 869 62 00", "Ensemble, agissons pour la dignité de chacun.",
              "Espace presse", "À lire aussi"] + related
    return "\n".join(lines)


def test_site_profile_removes_what_the_site_repeats_and_keeps_the_article():
    pages = [site_page(n) for n in range(5)]
    profiles = SiteProfiles.fit([("www.reseau.example.org", p) for p in pages])
    alone = RemoveBoilerplate()(Document.from_text(pages[1], site="reseau.example.org")).text.split("\n")
    aware = RemoveBoilerplate(profiles=profiles)(Document.from_text(pages[1], site="reseau.example.org")).text.split("\n")
    assert "Ensemble, agissons pour la dignité de chacun." in alone  # a slogan is a sentence on one page
    assert aware[0] == TITLES[1]  # the title stays, though other pages list it under `À lire aussi`
    assert aware[1:3] == [b.format(n=11) for b in BODY]
    assert "Contact presse : Awa Ndiaye, +221 33 869 62 00" in aware  # a press contact is never learnt
    assert not {"Le réseau", "Nos actions", "Ensemble, agissons pour la dignité de chacun.", "Espace presse"} & set(aware)


def office_page(n: int) -> str:
    """A town's release whose contact block, office and officer included, is the same on every page."""
    lines = ["Ville de Rivebelle", "Accueil | Services | Actualités", TITLES[n]] + [b.format(n=n + 10) for b in BODY]
    lines += ["-30-", "Source :", "Service des communications", "Ville de Rivebelle", "Renseignements :",
              "Julie Tremblay, conseillère en communication", "450 555-0142, poste 2210", "communications@rivebelle.example.org",
              "Rivebelle, une ville tournée vers sa rivière.", "Partager · Imprimer"]
    return "\n".join(lines)


def test_site_profile_keeps_the_press_office_the_site_prints_on_every_page():
    pages = [office_page(n) for n in range(5)]
    profiles = SiteProfiles.fit([("rivebelle.example.org", p) for p in pages])
    aware = RemoveBoilerplate(profiles=profiles)(Document.from_text(pages[2], site="rivebelle.example.org")).text.split("\n")
    block = pages[2].split("\n")[5:13]  # from `-30-` down to the e-mail
    assert aware[3:] == block  # the whole block stays, though every page prints it
    assert "Rivebelle, une ville tournée vers sa rivière." not in aware  # the slogan under it is the site's


def test_profiles_round_trip_through_json(tmp_path):
    profiles = SiteProfiles.fit([site_page(n) for n in range(4)])
    path = tmp_path / "profiles.json"
    profiles.save(path)
    assert SiteProfiles.load(path) == profiles
    assert profiles.profile_for(site_page(0)) is not None  # keyed by the fingerprint of the first lines


def test_too_few_pages_make_no_profile():
    assert SiteProfiles.fit([site_page(0), site_page(1)]).profiles == {}
    assert site_key("x", "https://www.iom.int/fr/news") == "iom.int"


ABOUT = ("L'Agence internationale pour l'eau est une organisation intergouvernementale qui aide depuis 1962 les "
         "États et les communautés à garantir un accès durable à l'eau potable dans plus de 90 pays.")


def test_a_release_trailer_the_site_repeats_stays_with_its_heading_and_a_label_announcing_a_contact():
    pages = []
    for n in range(5):
        lines = ["L'Agence", "Nos actions", "Presse", TITLES[n]] + [b.format(n=n + 10) for b in BODY]
        lines += ["À propos de l'Agence", ABOUT, "Pour en savoir plus :", f"Awa Ndiaye, bureau de Dakar, +221 33 869 62 0{n}", "Suivez-nous"]
        pages.append("\n".join(lines))
    profiles = SiteProfiles.fit([("agence.example.org", p) for p in pages])
    aware = RemoveBoilerplate(profiles=profiles)(Document.from_text(pages[2], site="agence.example.org")).text.split("\n")
    assert aware[0] == TITLES[2]
    assert ["À propos de l'Agence", ABOUT, "Pour en savoir plus :"] == aware[3:6]  # the label announces this page's contact
    assert not {"L'Agence", "Nos actions", "Presse", "Suivez-nous"} & set(aware)


def test_the_site_name_inside_this_pages_contact_block_stays_though_the_site_repeats_it():
    # the header prints the site's name on every page; in the contact block it names the press office
    pages = []
    agents = ["Léa Martin", "Paul Roux", "Inès Garcia", "Hugo Bernard", "Chloé Petit"]
    for n in range(5):
        lines = ["Aller au contenu", "RÉGION OCCITANE", "Salle de presse", TITLES[n]] + [b.format(n=n + 10) for b in BODY]
        lines += ["Contact presse", f"{agents[n]}, attaché de presse", "Région Occitane", f"Tél. 05 61 33 50 0{n}", "Plan du site"]
        pages.append("\n".join(lines))
    profiles = SiteProfiles.fit([("occitane.example.fr", p) for p in pages])
    aware = RemoveBoilerplate(profiles=profiles)(Document.from_text(pages[3], site="occitane.example.fr")).text.split("\n")
    assert aware[0] == TITLES[3]
    assert aware[-3:] == ["Hugo Bernard, attaché de presse", "Région Occitane", "Tél. 05 61 33 50 03"]
    assert "RÉGION OCCITANE" not in aware and "Plan du site" not in aware


def test_a_field_whose_label_the_site_repeats_over_changing_names_goes_though_it_reads_like_a_headline():
    # `Entités des Nations Unies impliquées : Bureau de la Coordonnatrice résidente` alone on a page could be a title;
    # over other names on the site's other pages, its label makes it a field
    names = ["Bureau de la Coordonnatrice résidente", "OCHA, HCR", "Fonds des Nations Unies pour la population", "PAM", "UNICEF, OMS"]
    pages = []
    for n in range(5):
        lines = ["Nations Unies Tchad", "Actualités", f"{n + 3} mars 2025", f"Entités des Nations Unies impliquées : {names[n]}", TITLES[n]]
        pages.append("\n".join(lines + [b.format(n=n + 10) for b in BODY]))
    profiles = SiteProfiles.fit([("onu-tchad.example.org", p) for p in pages])
    aware = RemoveBoilerplate(profiles=profiles)(Document.from_text(pages[0], site="onu-tchad.example.org")).text.split("\n")
    assert aware[0] == TITLES[0] and not any(l.startswith("Entités") for l in aware)


def test_the_sites_page_of_stories_keeps_the_headlines_and_teasers_its_other_pages_list_as_related_links():
    heads = ["La piscine de Montfort rouvre après six mois de travaux", "Une nouvelle halle pour le marché de Saint-Rémi",
             "Le conseil vote le budget des écoles pour 2026"]
    teasers = ["La piscine rouvre lundi avec un bassin rénové et des vestiaires neufs.",
               "La halle accueillera trente commerçants dès le mois de janvier.",
               "Le budget prévoit 4 millions d’euros pour rénover six écoles."]
    dates = ["02/12/2025", "20/11/2025", "06/11/2025"]
    menu, foot = "Accueil\nLa commune\nActualités\nContact\n", "Mentions légales | Plan du site\n© 2025 Commune"
    articles = [
        f"{menu}{dates[i]}\n{heads[i]}\n{teasers[i]}\nLe service communication répond à vos questions.\n"
        "Dans la même rubrique\n" + "\n".join(h for j, h in enumerate(heads) if j != i) + f"\n{foot}"
        for i in range(3)
    ]
    listing = menu + "Communiqués\n" + "".join(f"{d}\n{h}\n{t}\nLire la suite\n" for d, h, t in zip(dates, heads, teasers)) + foot
    profiles = SiteProfiles.fit([("commune.example.fr", p) for p in [*articles, listing]])
    kept = RemoveBoilerplate(profiles=profiles)(Document.from_text(listing, site="commune.example.fr")).text.split("\n")
    assert [l for l in kept if l in heads + teasers] == [x for pair in zip(heads, teasers) for x in pair]
    aware = RemoveBoilerplate(profiles=profiles)(Document.from_text(articles[0], site="commune.example.fr")).text.split("\n")
    assert not set(heads[1:]) & set(aware)  # on an article page, the related headlines are the site's


def test_a_tender_notices_label_over_its_reference_code_is_no_title():
    lines = split_lines("\n".join([
        "Accueil", "Actualités", "Publications", "Contact", "AVIS D'APPEL D'OFFRES OUVERT N° 2025-031/MEN/SG/DMP",
        "Construction de douze salles de classe dans la région du Sahel", "Ouagadougou, le 1er décembre 2025",
        "Le ministère sollicite des offres fermées de la part de candidats éligibles.", "Le Directeur des marchés publics", "Adama Sawadogo",
    ]))
    assert find_article(lines, judge(lines)).title == 5


def test_a_lead_paragraph_over_a_programme_of_hours_starts_the_text_under_its_title():
    lines = split_lines("\n".join([
        "Ordination de deux nouveaux prêtres le 14 décembre",
        "Le cardinal a le bonheur d’annoncer l’ordination presbytérale de deux diacres du diocèse, le dimanche 14 décembre 2025 à 14 h, en la cathédrale.",
        "Programme de la célébration", "13 h 30 : accueil des fidèles", "14 h : messe d’ordination",
        "16 h : réception au sous-sol de la cathédrale", "Toute la population est invitée à prendre part à cette célébration.",
    ]))
    article = find_article(lines, judge(lines))
    assert (article.title, article.text) == (0, 1)


def test_site_profile_learns_lines_whose_number_changes_from_page_to_page_but_not_datelines():
    pages = [
        "\n".join([
            "Canton du Lac", "Accueil", "Communiqués", f"Édition n° {n + 120}",
            TITLES[n], f"Lacville, le {n + 3} mars 2026",
            *(b.format(n=n + 10) for b in BODY),
            f"Commentaires ({n * 3 + 1})", f"© {2022 + n} Canton du Lac",
        ])
        for n in range(4)
    ]
    profile = SiteProfile.fit(pages)
    new_page = split_lines("Édition n° 131\nCommentaires (17)\n© 2027 Canton du Lac\nLacville, le 5 mars 2026")
    assert [profile.repeats(line) for line in new_page] == [True, True, True, False]


def test_a_copyright_over_a_span_of_years_spaced_around_its_dash_is_no_number_to_call_and_the_site_learns_it():
    # (`2009 - 2025` read as a phone number made the line contact data, which no profile learns)
    copyright = "Copyright © 2009 - 2025 CCIPG. Tous droits réservés."
    pages = ["\n".join(["Accueil | Actualités", TITLES[n], *(b.format(n=n + 10) for b in BODY), copyright]) for n in range(3)]
    line = split_lines(copyright)[0]
    assert not line.hints_contact
    assert SiteProfile.fit(pages).repeats(line)


def test_a_line_the_site_repeats_stays_where_this_page_quotes_it_between_its_own_prose():
    motto = "Ensemble, cap sur demain"
    head = ["Aller au contenu", "Région du Littoral", motto, "Rechercher", "Accueil", "La Région", "Presse", "Contact"]
    foot = ["Partager :", "Facebook", "Mentions légales", "© 2025 Région du Littoral"]
    pages = [
        ("Un guichet unique pour les aides aux entreprises", [
            "Douala, le 3 novembre 2025 – La Région ouvre un guichet unique pour les aides aux entreprises, accessible en ligne dès lundi.",
            "Le guichet regroupe 14 dispositifs jusqu’ici gérés par trois services différents."]),
        ("La Région ouvre sa consultation citoyenne", [
            "Kribi, le 6 novembre 2025 – La Région lance une consultation citoyenne, placée sous sa devise :", motto,
            "Chaque habitant pourra déposer ses propositions en ligne jusqu’au 31 janvier 2026."]),
        ("Deux millions d’euros pour les ports de pêche", [
            "Édéa, le 13 novembre 2025 – La Région a voté une aide de 2 millions d’euros pour les ports de pêche.",
            "L’aide financera la rénovation de six criées d’ici 2027."]),
    ]
    texts = ["\n".join(head + [t, "Publié par le service de presse"] + b + foot) for t, b in pages]
    profiles = SiteProfiles.fit([("littoral.example.cm", t) for t in texts])
    aware = RemoveBoilerplate(profiles=profiles)(Document.from_text(texts[1], site="littoral.example.cm")).text.split("\n")
    assert motto in aware and aware[0] == "La Région ouvre sa consultation citoyenne"
    assert "Rechercher" not in aware


def test_a_date_under_the_headline_is_this_pages_however_many_pages_of_the_site_print_one():
    head = ["Passer au contenu principal", "AGENCE X", "Bureau du Niger", "Qui nous sommes", "Actualités",
            "Faire un don", "Accueil / Actualités / Communiqués de presse", "Communiqué de presse"]
    foot = ["Partager", "Facebook", "Lire aussi", "Restez informé·e", "Nous contacter", "© Agence X 2025"]
    pages = [
        ("Rentrée : 90 000 enfants attendus dans les classes temporaires", "4 novembre 2025",
         ["NIAMEY, 4 novembre 2025 – Quelque 90 000 enfants déplacés sont attendus dans 500 espaces d’apprentissage temporaires.",
          "L’agence fournira 70 000 kits scolaires aux écoles concernées."]),
        ("Zinder : une campagne de vaccination pour 300 000 enfants", "11 novembre 2025",
         ["ZINDER, 11 novembre 2025 – Une campagne de vaccination contre la rougeole a débuté lundi dans la région de Zinder.",
          "Depuis janvier, 1 540 cas suspects ont été notifiés dans la région."]),
        ("Malnutrition : 180 000 enfants menacés au Niger", "24 novembre 2025",
         ["NIAMEY, 24 novembre 2025 – Près de 180 000 enfants de moins de cinq ans souffriront de malnutrition aiguë en 2026.",
          "L’agence a besoin de 21 millions de dollars pour les aliments thérapeutiques."]),
        ("Journée de l’enfance : des jeunes Nigériens prennent la parole", "20 novembre 2025",
         ["NIAMEY, 20 novembre 2025 – À l’occasion de la Journée mondiale de l’enfance, 40 enfants ont siégé ce jeudi à l’Assemblée nationale.",
          "« Nous ne sommes pas l’avenir, nous sommes le présent. »",
          "Cette phrase, prononcée par Aïcha, 14 ans, a été reprise par plusieurs députés."]),
    ]
    texts = ["\n".join(head + [t, d] + b + foot) for t, d, b in pages]
    profiles = SiteProfiles.fit([("niger.agencex.example", t) for t in texts])
    aware = RemoveBoilerplate(profiles=profiles)(Document.from_text(texts[-1], site="niger.agencex.example")).text.split("\n")
    assert aware[0] == pages[-1][0]



def test_the_letterhead_printed_again_beside_a_page_footer_is_a_page_break_not_a_menu():
    # (the first page's prose is shorter than the second's: were the repeated letterhead a menu line, the article
    # would start under it and the first page would be lost)
    case = next(c for c in CASES if c["label"].startswith("a PDF whose letterhead is printed again"))
    lines = split_lines("\n".join(case["lines"]))
    verdicts = {0: "label repeated on the page", 10: "running page header or footer", 11: "label repeated on the page", 15: "running page header or footer"}
    article = find_article(lines, verdicts)
    assert article is not None and article.first <= 6 and article.last == 14


def test_a_title_in_capitals_cut_at_its_colon_starts_at_its_first_line():
    text = "\n".join([
        "BANQUE POPULAIRE DES HAUTS PLATEAUX", "COMMUNICATION FINANCIÈRE", "AVIS AUX ACTIONNAIRES",
        "RÉSULTATS DU PREMIER SEMESTRE 2025 :", "UNE PROGRESSION NETTE DU PRODUIT BANCAIRE ET DES DÉPÔTS", "Rabat, le 14 octobre 2025",
        "Le conseil d’administration de la Banque des Plateaux a arrêté les comptes du premier semestre 2025.",
        "Le produit net bancaire progresse de 9 % et les dépôts de la clientèle de 6 %.",
    ])
    lines = split_lines(text)
    assert find_article(lines, judge(lines)).title == 3


NEWS_TITLES = [
    "Budget 2026 : le gouvernement table sur une croissance de 4,3 % et de nouvelles recettes",
    "Port de Kribi : le trafic de conteneurs bondit de 18 % sur dix mois",
    "Choléra dans l’Extrême-Nord : l’UNICEF lance une riposte d’urgence dans six districts",
    "Douala : les déguerpissements du canal de la Mbanya reportés à janvier prochain",
    "Bertoua : un nouveau centre de santé ouvre ses portes à Mandjou",
]


def news_page(n: int) -> str:
    """A news site's page: its title, two paragraphs, then a box under a heading no lexicon knows (`Au fil de la
    semaine`) listing two other pages' headlines (one cut short) and one of a page not read, over the contact line."""
    others = [t for k, t in enumerate(NEWS_TITLES) if k != n][:2]
    items = [f"1. {others[0].split(' sur ')[0]}", f"2. {others[1]}", f"3. Ebolowa : la foire agropastorale attend {n + 40} 000 visiteurs"]
    lines = ["Accueil", "Le fil", "Régions", NEWS_TITLES[n]]
    lines += [f"Yaoundé, {n + 1} décembre 2025 (ACD) – Le gouvernement a présenté {n + 10} mesures nouvelles pour les régions du pays.",
              f"Les députés examineront le texte en séance plénière le {n + 10} décembre, selon le bureau de l’Assemblée."]
    lines += ["Au fil de la semaine"] + items + [f"Contact presse : Service de la communication, +237 222 23 41 0{n}", "© 2025 ACD – Mentions légales"]
    return "\n".join(lines)


def test_a_run_of_the_sites_other_headlines_under_the_text_goes_whatever_its_heading_says():
    """Site-aware: lines that print (or begin) the headlines of the site's other pages, two or more in a run under the
    text's last sentence, link to other pages; the heading over them goes too, and each page keeps its own title."""
    pages = [news_page(n) for n in range(5)]
    profiles = SiteProfiles.fit([("www.acd.example.cm", p) for p in pages])
    for n in (1, 3):
        aware = RemoveBoilerplate(profiles=profiles)(Document.from_text(pages[n], site="acd.example.cm")).text.split("\n")
        assert aware[0] == NEWS_TITLES[n]
        assert len(aware) == 4 and aware[2].startswith("Les députés")  # the box, its heading and its unknown item gone
        assert aware[3].startswith("Contact presse")
    round_trip = SiteProfiles.from_dict(json.loads(json.dumps(profiles.to_dict())))
    assert round_trip.profiles == profiles.profiles


ROAD_TITLES = [
    "Fêtes de fin d’année : l’Office renforce les contrôles sur les grands axes",
    "Sécurité routière : 96 morts en octobre, en baisse de 12 % sur un an",
    "Le permis à points entre en vigueur le 1er mars 2026 dans tout le pays",
    "Autoroute du Nord : douze radars automatiques mis en service cette semaine",
    "Contrôle technique : de nouveaux tarifs pour les véhicules utilitaires",
    "Bouaké : 5 000 casques distribués aux conducteurs de moto-taxis",
]
ABOUT_WRAPPED = ["À propos de l’Office de la sécurité routière", "L’Office, créé en 2019, conduit la politique nationale de prévention des",
                 "accidents de la route, gère les radars automatiques et forme les moniteurs d’auto-école dans les",
                 "31 régions du pays."]
OFFICER = ["Contact presse", "Mariam Traoré", "Chargée de communication", "Tél. : +225 27 20 25 14 80", "mariam.traore@office-route.example.ci"]
CLOSING = "L’Office rappelle que le numéro vert 1308 reste joignable jour et nuit pour signaler un danger sur la route."
SLOGAN = "Ensemble, roulons prudemment."


def road_page(n: int, *, about: bool, officer: bool | list[str], closing: bool, label: bool = False) -> tuple[str, list[str]]:
    """A press room's release and the lines of it that are article: the text the site's releases share (the Office's
    trailer, its officer's block, a closing reminder) on some pages, its slogan and furniture on all."""
    body = [f"Abidjan, le {n + 1} décembre 2025 – L’Office a présenté ce matin {n + 12} mesures nouvelles pour les routes de la région {n + 1}.",
            f"Selon le directeur général, {n + 3} brigades mobiles seront déployées d’ici la fin du mois sur {n + 40} kilomètres de routes."]
    article = [ROAD_TITLES[n]] + body + ([CLOSING] if closing else []) + (ABOUT_WRAPPED if about else []) + (officer if isinstance(officer, list) else OFFICER if officer else [])
    head = ["Aller au contenu", "OSR", "Office de la sécurité routière", "L’Office", "Actualités", "Contact", "Accueil > Actualités > Communiqués"]
    foot = [SLOGAN, "Partager : Facebook | X | WhatsApp", "Les plus lus", ROAD_TITLES[(n + 1) % 6], ROAD_TITLES[(n + 2) % 6],
            "Office de la sécurité routière – Cocody, Abidjan – 01 BP 4150 Abidjan 01", "© 2025 OSR – Tous droits réservés"]
    lines = head + [ROAD_TITLES[n]] + (["Communiqué de presse"] if label else []) + article[1:] + foot
    return "\n".join(lines), article


def test_the_text_a_press_rooms_releases_share_stays_where_the_releases_own_text_holds_it():
    """Site-aware: a trailer under a heading (hard-wrapped), a closing sentence and the officer's block that some of the
    site's releases print (three of six, four of six) are each page's text where its own text holds them (between two
    of its lines, or right under its last one); the site's slogan right under the text, and its furniture, go."""
    pages = [road_page(n, about=n in (0, 2, 4), officer=n in (0, 1, 3, 4), closing=n in (0, 1, 2)) for n in range(6)]
    profiles = SiteProfiles.fit([("office-route.example.ci", text) for text, _ in pages])
    for text, article in pages:
        aware = RemoveBoilerplate(profiles=profiles)(Document.from_text(text, site="office-route.example.ci")).text.split("\n")
        assert aware == article
    assert profiles.profile_for("", "office-route.example.ci").repeats(split_lines(SLOGAN)[0])  # (learnt, and gone)


def test_the_officers_lines_over_her_number_are_her_contacts_head_not_links_to_other_pages():
    """Site-aware: the officer's name and office, headline-shaped and printed on most releases, are the head of the
    bare number under them, no links to other pages."""
    officer = ["Pour toute information :", "Mariam Traoré, chargée de communication de l’Office",
               "Direction de la communication et des relations publiques", "Tél. : +225 27 20 25 14 80", "mariam.traore@office-route.example.ci"]
    pages = [road_page(n, about=False, officer=officer if n < 4 else False, closing=False) for n in range(6)]
    profiles = SiteProfiles.fit([("office-route.example.ci", text) for text, _ in pages])
    for text, article in pages:
        aware = RemoveBoilerplate(profiles=profiles)(Document.from_text(text, site="office-route.example.ci")).text.split("\n")
        assert aware == article


def test_the_sites_label_between_the_title_and_the_text_is_crossed_to_the_title_its_other_pages_list():
    """Site-aware: `Communiqué de presse`, which every page prints between its title and its text, is the site's; the
    headline above it stays the title, though half the site's pages list it under `Les plus lus`."""
    pages = [road_page(n, about=False, officer=False, closing=False, label=True) for n in range(6)]
    profiles = SiteProfiles.fit([("office-route.example.ci", text) for text, _ in pages])
    for text, article in pages:
        aware = RemoveBoilerplate(profiles=profiles)(Document.from_text(text, site="office-route.example.ci")).text.split("\n")
        assert aware == article


def test_a_share_bars_email_button_is_no_contact_label_so_the_tags_row_over_it_goes():
    # the blog's tags row sits under the contact lines; the `E-mail` under it is a share button, not a contact's label
    lines = [
        "Nettoyage des plages de Toliara : 3 tonnes de déchets ramassées",
        "Toliara, le 14 octobre 2025 – Plus de 400 bénévoles ont nettoyé samedi les plages du sud de la ville.",
        "Contact presse : Hery Rakoto, coordinateur – +261 34 05 123 45 – hery.rakoto@plages-propres.example.org",
        "Catégories : Actualités, Littoral | Étiquettes : plages, Toliara, plastique",
        "Partager : Facebook | WhatsApp | E-mail",
        "Soutenez nos bénévoles : un don de 15 € finance une journée de nettoyage.",
        "2 commentaires",
        "Fara R. – 15 octobre 2025 à 09:12",
        "Merci à tous les bénévoles, la plage n’a jamais été aussi propre !",
    ]
    verdicts = judge(split_lines("\n".join(lines)))
    assert verdicts.get(3) == "breadcrumb" and 2 not in verdicts
