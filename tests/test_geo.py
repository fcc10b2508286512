"""Country codes and the gazetteer of cities, regions and areas (pressclean.geo)."""

from __future__ import annotations

import pytest

from pressclean.geo import country_code, fold, is_city, known_place


@pytest.mark.parametrize(
    "name, code",
    [
        ("Etats-Unis", "US"),
        ("République arabe syrienne", "SY"),  # pycountry's `Syrienne, République arabe`, read the other way
        ("République démocratique du Congo", "CD"),
        ("Biélorussie", "BY"),
        ("Sud-Soudan", "SS"),
        ("Democratic Republic of the Congo", "CD"),  # `Congo, The Democratic Republic of the`: the tail's article dropped
        ("United Republic of Tanzania", "TZ"),  # an official name
        ("Hanoi", None),
    ],
)
def test_country_codes_from_french_and_english_names(name, code):
    assert country_code(name) == code


@pytest.mark.parametrize(
    "name, country, kind",
    [
        ("Hô Chi Minh-Ville", "VN", "city"),  # a French alternate name in GeoNames
        ("N’Djamena", "TD", "city"),
        ("Nord\u2010Kivu", "CD", "region"),  # ISO 3166-2, with a U+2010 hyphen
        ("Ouaddaï", "TD", "region"),
        ("Moyen-Orient", None, "area"),
        ("Nil", None, "area"),
        ("Rhénanie-du-Nord-Westphalie", "DE", "region"),  # usual French name; ISO's French writes `Rhénanie du Nord-Westfalie`
        ("Wallonie", "BE", "region"),  # ISO gives only `Wallonne, Région`
    ],
)
def test_the_gazetteer_knows_cities_regions_and_areas(name, country, kind):
    place = known_place(name)
    assert (place.country, place.kind) == (country, kind)


def test_unknown_names_are_not_places():
    assert known_place("Atlantide") is None


@pytest.mark.parametrize("code", ["Ko", "DIE", "Cel"])
def test_codes_among_alternate_names_are_not_places(code):
    # GeoNames lists airport codes and two-letter abbreviations as alternate names:
    # `380 Ko` (kilobytes) and `Cel. :` (a mobile-phone label) are not Kyiv or Canela
    assert known_place(code) is None


@pytest.mark.parametrize("word", ["Part", "Lundi", "Joli"])
def test_lower_case_alternate_names_are_not_places(word):
    # GeoNames lists transliterated syllables in lower case among a city's alternate names (`part`
    # for Perth, `lundi`, `joli`): a page's `Part de l’alimentation : 23 %` names no city
    assert known_place(word) is None


@pytest.mark.parametrize("word", ["Observatoire", "Opéra", "Élysée", "Panthéon"])
def test_the_other_names_of_a_numbered_city_district_are_not_places(word):
    # GeoNames gives Paris's arrondissements (`Paris 14 Observatoire`) their quarters' names as alternate
    # names: `suivis par l’Observatoire` (a body said short, b22 h355) names no place
    assert known_place(word) is None


def test_a_city_is_known_as_a_city_where_a_region_shares_its_name():
    assert known_place("Genève").kind == "region" and is_city("Genève")
    assert not is_city("Bretagne")


def test_fold_is_the_same_key_for_accents_case_and_hyphens():
    assert fold("GENÈVE") == fold("Genève") == "geneve"
    assert fold("Côte d’Ivoire") == fold("Cote d'Ivoire")


@pytest.mark.parametrize(
    "name, territory",
    [("Martinique", True), ("Guyane", True), ("Polynésie française", True), ("Porto Rico", True), ("Niger", False), ("Luxembourg", False),
     # (an English page names them by their own ISO 3166-1 entry: h318 `New Caledonia`, `Wallis and Futuna`, iso null)
     ("New Caledonia", True), ("Wallis and Futuna", True), ("French Polynesia", True), ("Samoa", False)],
)
def test_territories_of_another_state_are_known_from_iso_3166_2(name, territory):
    from pressclean.geo import is_territory

    assert is_territory(name) is territory
    if territory:
        assert known_place(name) is not None  # a place, even where ISO 3166-1 has no short name for it (`Guyane`)


@pytest.mark.parametrize(
    "article, name, town",
    [("Le", "Tampon", "Le Tampon"), ("Le", "Havre", "Le Havre"), ("Les", "Cayes", "Les Cayes"), ("La", "Paz", "La Paz"),
     ("Le", "Niger", None), ("Le", "Sud-Ouest", None), ("Le", "Bénin", None)],
)
def test_a_town_named_with_its_article_is_known_with_it(article, name, town):
    # `au Tampon` is `Le Tampon`; but a country or a region after `au`/`du` keeps its bare name
    from pressclean.geo import town_with_article

    assert town_with_article(article, name) == town


@pytest.mark.parametrize(
    "name, country, known",
    [("Sud", "CM", True), ("Nord-Ouest", "HT", True), ("Grande’Anse", "HT", True), ("Grand’Anse", "HT", True), ("Sud", "FR", False)],
)
def test_a_region_is_known_in_every_country_that_has_it_and_in_its_elided_spelling(name, country, known):
    # `Sud` is a division of Haiti and of Cameroon (known_place keeps one); `la Grand’Anse` is ISO's `Grande’Anse`
    from pressclean.geo import region_countries

    assert (country in region_countries(name)) is known
    assert known_place(name) is not None
