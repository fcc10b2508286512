"""A pipeline from a TOML file: stages, their options, their order."""

from __future__ import annotations

import textwrap

import pytest

import pressclean
from pressclean import Pipeline
from pressclean.config import default_config, load_pipeline, pipeline_from_dict
from pressclean.stages.entities import FindEntities


def _write(tmp_path, text: str):
    path = tmp_path / "pipeline.toml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_stages_run_in_the_order_given(tmp_path):
    path = _write(tmp_path, """
        # repair only, spacing before HTML
        stages = ["normalise_spacing", "strip_html"]
    """)
    pipeline = load_pipeline(path)
    assert pipeline.names == ["normalise_spacing", "strip_html"]
    assert pipeline("un  <b>mot</b>").text == "un mot"


def test_options_build_a_configured_stage(tmp_path):
    path = _write(tmp_path, """
        stages = ["find_entities"]

        [options.find_entities]
        model = "fr_core_news_md"
        gazetteer = [{ acronyms = ["RÉSEAU"], long_forms = ["Réseau des femmes du Sahel"] }]
    """)
    stage = load_pipeline(path)["find_entities"]
    assert isinstance(stage, FindEntities)
    assert stage.gazetteer == ((("RÉSEAU",), ("Réseau des femmes du Sahel",), False),)


def test_without_stages_the_default_order_is_kept(tmp_path):
    path = _write(tmp_path, """
        [options.find_entities]
        model = "fr_core_news_md"
    """)
    assert load_pipeline(path).names == pressclean.default_pipeline().names


def test_the_default_config_loads_as_the_default_pipeline(tmp_path):
    assert load_pipeline(_write(tmp_path, default_config())).names == pressclean.default_pipeline().names


def test_your_own_stage_by_import_path(tmp_path, monkeypatch):
    (tmp_path / "my_stages.py").write_text(textwrap.dedent("""
        from dataclasses import replace

        def shout(doc):
            return replace(doc, title=doc.text.upper())

        class Tag:
            name = "tag"

            def __init__(self, *, word="x"):
                self.word = word

            def __call__(self, doc):
                return replace(doc, title=self.word)
    """), encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    path = _write(tmp_path, """
        stages = ["normalise_spacing", "my_stages:shout", "my_stages:Tag"]

        [options."my_stages:Tag"]
        word = "vu"
    """)
    pipeline = load_pipeline(path)
    assert pipeline.names == ["normalise_spacing", "shout", "tag"]
    assert pipeline("a  b").title == "vu"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"stages": ["find_everything"]}, r"unknown stage 'find_everything'; the stages are: fix_encoding, .*module:callable"),
        ({"stages": ["find_title"], "options": {"find_title": {"x": 1}}}, "takes no options"),
        ({"stages": ["find_entities"], "options": {"find_entities": {"modle": "x"}}}, "does not take option.*modle.*it takes: model, gazetteer"),
        ({"stages": ["find_title"], "options": {"find_dateline": {}}}, "not in `stages`: find_dateline"),
        ({"stage": ["find_title"]}, "unknown key.*stage"),
        ({"stages": "find_title"}, "must be a list"),
        ({"stages": ["find_title", "find_title"]}, "already in the pipeline"),
        ({"stages": ["no_such_module_xyz:stage"]}, "cannot import 'no_such_module_xyz'"),
        ({"stages": ["pressclean:nothing_here"]}, "has no 'nothing_here'"),
    ],
)
def test_mistakes_say_what_to_write(data, message):
    with pytest.raises(ValueError, match=message):
        pipeline_from_dict(data)


def test_file_problems_name_the_file(tmp_path):
    with pytest.raises(ValueError, match=r"pipeline.toml is not valid TOML"):
        load_pipeline(_write(tmp_path, "stages = [unquoted]"))
    with pytest.raises(ValueError, match=r"pipeline.toml: unknown stage"):
        load_pipeline(_write(tmp_path, 'stages = ["nope"]'))
    with pytest.raises(FileNotFoundError, match="missing.toml"):
        load_pipeline(tmp_path / "missing.toml")


def test_pipeline_from_config(tmp_path):
    path = _write(tmp_path, 'stages = ["fix_encoding", "normalise_spacing"]')
    pipeline = Pipeline.from_config(path)
    assert isinstance(pipeline, Pipeline) and pipeline.names == ["fix_encoding", "normalise_spacing"]
