"""Title and dateline, from labelled cases in cases/metadata.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pressclean.document import Document
from pressclean.geo import fold
from pressclean.stages.metadata import find_dateline, find_title

CASES = json.loads((Path(__file__).parent / "cases" / "metadata.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES["datelines"], ids=lambda c: c["label"])
def test_dateline(case):
    doc = find_dateline(Document.from_text("Un titre de communiqué\n" + case["line"]))
    if case["place"] is None:
        assert doc.dateline is None
    else:
        assert (doc.dateline.place, doc.dateline.date) == (case["place"], case["date"])
        # the span holds the place as written (its accents aside: `GENEVE` gives `Genève`), wherever the
        # dateline stands on its line
        span = doc.text[doc.dateline.start : doc.dateline.end]
        assert fold(case["place"].split()[0]) in fold(span)


@pytest.mark.parametrize("case", CASES["stories"], ids=lambda c: c["label"])
def test_listing(case):
    from pressclean.stages.metadata import find_stories

    assert find_stories(Document.from_text(case["text"])).listing == case["listing"]


@pytest.mark.parametrize("case", CASES["titles"], ids=lambda c: c["label"])
def test_title(case):
    assert find_title(Document.from_text(case["text"])).title == case["title"]


def test_dateline_after_a_title_shaped_like_one():
    text = "Liban – La France renforce son aide humanitaire\nParis, le 12 octobre 2024\nLa France a décidé."
    doc = find_dateline(find_title(Document.from_text(text)))
    assert (doc.dateline.place, doc.dateline.date) == ("Paris", "2024-10-12")



def test_a_place_and_date_that_close_the_release_over_its_signature_are_no_dateline():
    text = ("Alerte sanitaire à Bouaké\nLe ministère informe la population que douze cas de dengue ont été confirmés.\n"
            "Abidjan, le 14 janvier 2026\nLe Ministre de la Santé\n(é) Dr Awa Kone")
    assert find_dateline(find_title(Document.from_text(text))).dateline is None


def test_a_release_over_its_office_address_row_is_one_story():
    from pressclean.stages.metadata import find_stories

    text = ("Thiès accueille la foire de l’artisanat du 4 au 8 mai\n"
            "Thiès, le 2 mars 2026 – La foire de l’artisanat de Thiès réunira 200 exposants du 4 au 8 mai sur la place de France.\n"
            "Tarif : 1 000 francs CFA par jour\n"
            "Mairie de Thiès – Avenue Lamine Guèye – BP 12 – Tél. : +221 33 951 10 10")
    assert not find_stories(Document.from_text(text)).listing

def test_a_publisher_line_under_the_title_that_reads_as_a_dateline_starts_no_story():
    from pressclean.stages.metadata import find_stories

    text = ("Recensement : le pays franchit le cap des 900 000 habitants\nINSTAT – Institut national de la statistique\n"
            "Lomé, le 2 mars 2026 – Au 1er janvier 2026, le pays comptait 901 200 habitants.\nLa hausse tient surtout aux naissances.")
    assert find_stories(Document.from_text(text)).stories == ()


def test_an_article_with_section_headings_is_not_a_listing():
    from pressclean.stages.metadata import find_stories

    text = ("Rapport annuel sur les migrations\nLe contexte de l'année écoulée\nLe rapport décrit une année difficile.\n"
            "Les réponses apportées par les agences\nLes agences ont renforcé leur présence.")
    assert find_stories(Document.from_text(text)).stories == ()


def test_a_listing_is_split_into_stories():
    from pressclean.stages.metadata import find_stories

    text = ("Mozambique : 110 000 déplacés dans le nord\n21 Feb 2024 - 08:13\nPlus de 110 000 personnes ont fui.\n"
            "Togo : une loi pour prévenir l'apatridie\n21 Feb 2024 - 07:45\nLe HCR salue la loi.\n"
            "Ghor : le PAM reprend ses distributions\nKaboul, 20 février 2024 – Le PAM a repris ses distributions.")
    doc = find_stories(Document.from_text(text))
    assert doc.listing and len(doc.stories) == 3
    assert [doc.text[s:e].split("\n")[-1] for s, e in doc.stories][:2] == ["Plus de 110 000 personnes ont fui.", "Le HCR salue la loi."]


def test_stamps_with_dots_and_a_spaced_time_split_a_listing():
    from pressclean.stages.metadata import find_stories

    text = ("Port de Tadjoura : le trafic en hausse de 12 %\nPublié le 04.06.2025 à 10:42\nLe port a traité 80 000 tonnes.\n"
            "Santé : une campagne contre le diabète à Obock\nPublié le 03.06.2025 à 9 h 15\nLa campagne dure une semaine.")
    doc = find_stories(Document.from_text(text))
    assert doc.listing and len(doc.stories) == 2



def test_a_chain_of_short_briefs_without_dates_is_a_listing_but_an_interview_is_not():
    from pressclean.stages.metadata import find_stories

    briefs = ("Franceville : le marché central rouvre après six mois de travaux\nLes commerçants ont retrouvé leurs étals lundi matin.\n"
              "Lambaréné : 1 500 moustiquaires distribuées dans les écoles de la ville\nLa distribution s’achèvera vendredi dans toutes les écoles primaires.\n"
              "Football : les Panthères du Gabon en stage à Franceville\nLes 26 joueurs convoqués sont arrivés samedi au centre de Franceville.")
    assert find_stories(Document.from_text(briefs)).listing
    interview = ("Combien de francophones compte-t-on aujourd’hui dans le monde ?\nNous les estimons à 321 millions de locuteurs.\n"
                 "Quelles sont les régions où le français progresse le plus vite ?\nL’Afrique subsaharienne, où vit la majorité des jeunes locuteurs.\n"
                 "Comment l’Observatoire mesure-t-il le nombre de locuteurs dans chaque pays ?\nÀ partir des recensements nationaux et d’enquêtes.")
    assert not find_stories(Document.from_text(interview)).listing

def test_a_chain_of_teasers_without_dates_is_a_listing():
    from pressclean.stages.metadata import find_stories

    teaser = "{} ont été recensés cette semaine par les équipes de terrain, qui demandent un renforcement rapide de l'aide."
    text = ("Les brèves du jour\n"
            "Sud-Kivu : plus de 40 000 nouveaux déplacés autour de Bukavu en une semaine\n" + teaser.format("Des milliers de déplacés") + "\n"
            "Kasaï : la campagne contre la rougeole a atteint un million d'enfants vaccinés\n" + teaser.format("Des cas") + "\n"
            "Kinshasa : le HCR et le gouvernement signent un accord sur l'enregistrement des réfugiés\n" + teaser.format("Des réfugiés"))
    doc = find_stories(Document.from_text(text))
    assert doc.listing and [doc.text[s:e].split("\n")[0][:8] for s, e in doc.stories] == ["Sud-Kivu", "Kasaï : ", "Kinshasa"]


def test_teasers_each_ending_on_a_removed_read_more_link_are_a_listing(nlp):
    # a tag page: short headlines (fewer than eight words) over a teaser each, then `Lire la suite`; the boilerplate
    # stage removes the links, and where they stood tells the stories apart
    import pressclean

    page = "\n".join([
        "Accueil | Actualités | Contact",
        "Bénin : 40 écoles rénovées à Parakou", "Les travaux, financés par la coopération belge, ont duré huit mois.", "Lire la suite",
        "Togo : la saison du coton démarre", "Les producteurs attendent une récolte en hausse de dix pour cent cette année.", "Lire la suite",
        "Ghana : un pont rouvre à Tamale", "Le pont, fermé depuis les crues de septembre, a rouvert lundi à la circulation.", "Lire la suite",
    ])
    doc = pressclean.clean(page)
    assert doc.listing and [doc.text[s:e].split(" :")[0] for s, e in doc.stories] == ["Bénin", "Togo", "Ghana"]
    # an article whose sections end on a link each is no listing when its headings are not over teasers
    article = "\n".join([
        "Le plan de riposte contre le choléra est lancé",
        "Le ministère de la Santé a lancé lundi un plan de riposte de trois mois contre le choléra dans les régions du nord.",
        "Les équipes mobiles interviendront dans quarante villages, selon le ministère, qui a mobilisé 120 agents.",
        "Lire la suite",
    ])
    assert not pressclean.clean(article).listing


def test_search_results_that_open_on_their_date_are_a_listing():
    from pressclean.stages.metadata import find_stories

    text = "\n".join([
        "Lancement de la campagne de vaccination contre la rougeole",
        "12 mars 2025 – La campagne nationale débutera le 20 mars dans toutes les régions du pays.",
        "Vaccination contre le HPV : 300 000 jeunes filles ciblées",
        "3 février 2025 – Le ministère étend la vaccination aux jeunes filles de 9 à 14 ans.",
    ])
    doc = find_stories(Document.from_text(text))
    assert doc.listing and len(doc.stories) == 2


def test_an_article_with_short_headings_over_single_paragraphs_is_not_a_listing():
    from pressclean.stages.metadata import find_stories

    para = "Les équipes ont distribué des vivres et des kits d'hygiène dans les trois provinces touchées par la sécheresse cette année."
    text = "\n".join(["Rapport sur la sécheresse", "Le contexte", para, "Les réponses apportées", para, "Les perspectives", para])
    assert find_stories(Document.from_text(text)).stories == ()
    # nor when its section headings come right under the title, over paragraphs longer than a teaser
    long_para = para + " Les besoins restent importants et les partenaires appellent à un financement rapide du plan de réponse."
    text = "\n".join(["Rapport sur la sécheresse", "Le contexte de la crise", long_para, "Les réponses des partenaires", long_para,
                     "Les perspectives pour la saison", long_para])
    assert find_stories(Document.from_text(text)).stories == ()


def test_a_listing_has_no_dateline_and_no_story_opens_on_a_time_stamp():
    from pressclean.stages.metadata import find_stories

    text = ("Les dernières nouvelles\n"
            "Niger : les cours reprennent dans 300 écoles\n05/09/2024 à 10h12\n"
            "Niamey, 5 septembre (ANP) – Les cours ont repris jeudi dans 300 écoles de Tillabéri.\n"
            "Mali : la récolte de riz attendue en hausse\n04/09/2024 à 16h40\nLe ministère prévoit une récolte record.")
    doc = find_stories(find_dateline(find_title(Document.from_text(text))))
    assert doc.listing and doc.dateline is None
    assert [doc.text[s:e].split("\n")[0] for s, e in doc.stories] == [
        "Niger : les cours reprennent dans 300 écoles", "Mali : la récolte de riz attendue en hausse"]


def test_a_signature_over_a_share_row_opens_no_story():
    from pressclean.stages.metadata import find_stories

    text = ("Campagne de vaccination contre la rougeole dans trois régions\n"
            "KARA, 2 avril 2024 - Le ministère informe la population d'une campagne de vaccination.\n"
            "Le Ministre,\nPr Adjoa Mensah\nImprimer – Email")
    doc = find_stories(find_dateline(find_title(Document.from_text(text))))
    assert not doc.listing and doc.dateline.place == "KARA"


def test_a_release_in_french_then_in_english_is_one_story_and_keeps_its_dateline():
    from pressclean.stages.metadata import find_stories

    text = (
        "L’Union européenne appuie la réouverture des écoles du Nord\n"
        "Yaoundé, le 20 mai 2025 – L’Union européenne et ses partenaires financent la réouverture de 120 écoles dans la région.\n"
        "English version\n"
        "The European Union supports the reopening of schools in the North\n"
        "Yaoundé, 20 May 2025 - The European Union and its partners are funding the reopening of 120 schools in the region."
    )
    doc = find_stories(find_dateline(find_title(Document.from_text(text))))
    assert not doc.listing and doc.dateline.place == "Yaoundé"


def test_two_french_stories_from_one_city_are_still_a_listing():
    from pressclean.stages.metadata import find_stories

    text = (
        "Le port fluvial de Mopti rouvre après des travaux\n"
        "Mopti, 4 juin (AMAP) – Le port fluvial a rouvert mardi après quatre mois de travaux de dragage.\n"
        "Une campagne de vaccination lancée dans la région\n"
        "Mopti, 4 juin (AMAP) – Plus de 40 000 enfants doivent être vaccinés au cours des dix prochains jours."
    )
    assert find_stories(Document.from_text(text)).listing


def test_a_french_and_an_english_story_that_tell_different_things_are_still_a_listing():
    from pressclean.stages.metadata import find_stories

    text = (
        "Le port de Mopti rouvre après les travaux\n"
        "04/06/2025 - 08:30\n"
        "Le port fluvial de Mopti a rouvert mardi après quatre mois de travaux avec les autorités de la région.\n"
        "Cholera outbreak declared in the Gao region\n"
        "03/06/2025 - 16:12\n"
        "The health ministry has declared a cholera outbreak in the Gao region after 40 cases in a week."
    )
    assert find_stories(Document.from_text(text)).listing


def test_a_listing_with_the_time_stamp_over_each_headline_is_split_at_the_stamps():
    from pressclean.stages.metadata import find_stories

    text = (
        "Fil info\n04/06/2025 - 08:30\nMopti : le port fluvial rouvre après quatre mois de travaux\n"
        "Le port fluvial de Mopti a rouvert mardi après quatre mois de travaux.\n"
        "03/06/2025 - 16:12\nÉducation : 300 nouvelles salles de classe livrées à Ségou\n"
        "Le ministère a réceptionné lundi 300 salles de classe."
    )
    doc = find_stories(Document.from_text(text))
    assert doc.listing and [doc.text[s:e].split("\n")[1][:8] for s, e in doc.stories] == ["Mopti : ", "Éducatio"]


def test_a_dateline_whose_lost_dash_left_spaces_that_a_later_stage_collapsed():
    from pressclean.stages.layout import normalise_spacing

    text = "Bilan du festival\nVilleneuve-sur-Oise   Le festival a refermé ses portes dimanche après quatre jours."
    doc = normalise_spacing(Document.from_text(text))
    assert "Oise Le festival" in doc.text  # the run of spaces is one space now
    doc = find_dateline(find_title(doc))
    assert doc.dateline.place == "Villeneuve-sur-Oise"
    assert doc.text[doc.dateline.start : doc.dateline.end] == "Villeneuve-sur-Oise "


def test_one_space_written_as_such_after_a_place_is_no_dateline():
    from pressclean.stages.layout import normalise_spacing

    doc = normalise_spacing(Document.from_text("Bilan du festival\nVilleneuve-sur-Oise Le festival a refermé ses portes."))
    assert find_dateline(find_title(doc)).dateline is None


def test_a_dateline_under_a_long_letterhead():
    text = ("Riposte au choléra : le ministère déploie trois équipes mobiles\nRÉPUBLIQUE DU KALAMBO\nUnité – Travail – Progrès\n"
            "MINISTÈRE DE LA SANTÉ PUBLIQUE\nCabinet du Ministre\nDirection de la communication\nService de presse\n"
            "COMMUNIQUÉ DE PRESSE N° 017/MSP/CAB/25\n"
            "Kalamba, le 22 août 2025. Le ministère de la Santé informe l’opinion que 148 cas ont été notifiés.")
    doc = find_dateline(find_title(Document.from_text(text)))
    assert (doc.dateline.place, doc.dateline.date) == ("Kalamba", "2025-08-22")


def test_no_dateline_looked_for_far_down_after_text():
    para = "Les équipes ont distribué des vivres et des kits d'hygiène dans les trois provinces touchées."
    text = "\n".join(["Rapport sur la sécheresse", "Le contexte"] + [para] * 7 + ["Kalamba – Le bureau régional reste ouvert tout l'été."])
    assert find_dateline(find_title(Document.from_text(text))).dateline is None


def test_headlines_over_their_dates_after_the_text_are_other_stories_not_a_listing():
    from pressclean.stages.boilerplate import remove_boilerplate
    from pressclean.stages.metadata import find_stories

    text = ("Agenda\nSanté : 30 nouveaux centres de dépistage ouverts dans la province\n"
            "Liège, le 3 mars 2026 – Le ministre a inauguré lundi le premier des 30 centres de dépistage prévus cette année.\n"
            "Les centres accueilleront le public sans rendez-vous dès le mois d'avril, a précisé son cabinet.\n"
            "Dans la même rubrique\nRoutes : 14 chantiers de réfection lancés au printemps\n21.02.2026\n"
            "Emploi : un plan pour les jeunes demandeurs d'emploi\n09.02.2026\nTous les communiqués")
    doc = find_stories(remove_boilerplate(Document.from_text(text)))
    assert not doc.listing
    assert "Routes" not in doc.text and "21.02.2026" not in doc.text and "Dans la même rubrique" not in doc.text
    assert doc.text.startswith("Santé : 30 nouveaux centres")


def test_routes_each_over_their_times_are_no_stories_of_a_listing():
    from pressclean.stages.metadata import find_stories

    text = (
        "Navettes fluviales : les horaires de la saison sèche\n"
        "Saint-Louis, le 4 décembre 2025 – Les navettes du fleuve passent à l’horaire de saison sèche lundi.\n"
        "Saint-Louis – Podor : départs à 7 h 00 et 15 h 30 chaque jour\n"
        "Podor – Matam : un départ le mardi et le vendredi à 8 h 00"
    )
    doc = find_stories(find_dateline(Document.from_text(text)))
    assert doc.stories == ()
    assert doc.dateline is not None and doc.dateline.place == "Saint-Louis"



def test_a_press_review_whose_stories_carry_their_source_and_date_is_a_listing():
    from pressclean.stages.metadata import find_stories

    text = ("Riz : la récolte de contre-saison dépasse les prévisions\nSource : Le Quotidien, 08/03/2026\n"
            "La récolte de riz de contre-saison atteint 410 000 tonnes.\n"
            "Santé : une campagne contre le paludisme dans le sud\nSource : Radio Kayira, 07/03/2026\n"
            "Quelque 120 000 moustiquaires seront distribuées dans trois régions.")
    doc = find_stories(Document.from_text(text))
    assert doc.listing and len(doc.stories) == 2
