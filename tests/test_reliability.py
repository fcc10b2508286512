"""Bad and adversarial input: nothing crashes, nothing is lost, offsets always map back.

Property-based (hypothesis) on generated and corrupted French text, plus known regex-killer shapes.
The time limit on the adversarial shapes is a hang detector, not a speed measurement.
"""

from __future__ import annotations

import json
import signal
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pressclean
from pressclean.document import Document
from pressclean.stages.boilerplate import remove_boilerplate

FRENCH = (
    "L'Organisation internationale pour les migrations (OIM) a mis en œuvre un projet de 16 mois. "
    "Plus de 71 029 migrants et réfugiés, soit près de 80 %, ont reçu 443,5 millions de dollars. "
    "Pour plus d'informations, veuillez contacter : Andy Bruce, Tél. : +41 22 717 91 11, abruce@iom.int\n"
)
DAMAGE = [
    ("œ", ""), ("’", " "), ("é", "Ã©"), ("è", "Ú"), (" ", "\n"), ("'", ""), ("\n", "<br />"), ("à", "?"),
]


@st.composite
def damaged_french(draw):
    """Pieces of a release, shuffled, with real kinds of damage applied here and there."""
    sentences = [s + "." for s in FRENCH.split(". ") if s]
    text = " ".join(draw(st.permutations(sentences)))
    for old, new in draw(st.lists(st.sampled_from(DAMAGE), max_size=4)):
        at = draw(st.integers(0, max(len(text) - 1, 0)))
        head, tail = text[:at], text[at:]
        text = head + tail.replace(old, new, 1)
    noise = draw(st.text(max_size=40))
    return draw(st.sampled_from([text, noise + text, text + noise, noise]))


def _check_offsets(doc: Document) -> None:
    for edit in doc.edits:
        assert 0 <= edit.start <= edit.end <= len(doc.original)
    for entity in doc.entities:
        assert doc.text[entity.start : entity.end] == entity.text
        start, end = doc.to_original(entity.start, entity.end)
        assert 0 <= start <= end <= len(doc.original)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(damaged_french())
def test_no_exception_offsets_map_and_json_round_trips(nlp, text):
    doc = pressclean.clean(text)
    assert not [w for w in doc.warnings if "failed" in w], doc.warnings
    _check_offsets(doc)
    assert Document.from_dict(doc.to_dict()) == doc


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_unicode_through_the_repair_stages(text):
    doc = pressclean.repair_pipeline()(text)
    assert not [w for w in doc.warnings if "failed" in w], doc.warnings
    _check_offsets(doc)


@pytest.mark.parametrize(
    "text",
    ["", "   \n\t  ", "\x00\x01\x02 binaire \ufffd\ufffd", "\ud800 surrogate seule", "<html><body><p>Bonjour</p></body></html>",
     # found by benchmarks/fuzz.py: a contact piece made only of Unicode spaces
     "cONTACT PRESSE\ndIRECTION DE LA COMMUNICATION\ntÉL. : 01 44 18 62 40 - fAX : 01 44 18 62 49\naIDE\u200f\u202a;\xa0*\u2028|; HUMANITAIRE"],
    ids=["empty", "whitespace", "control characters", "lone surrogate", "html", "contact piece of Unicode spaces"],
)
def test_odd_texts_give_an_ok_document(nlp, text):
    doc = pressclean.clean(text)
    assert not [w for w in doc.warnings if "failed" in w], doc.warnings
    assert doc.to_dict()["status"] == "ok"


def test_surrogates_are_made_valid_so_the_record_can_be_written_as_utf8(nlp):
    doc = pressclean.clean("Réfugiés \ud800 à Genève \ud83d\ude00 fin")
    assert doc.original == "Réfugiés \ufffd à Genève 😀 fin"
    assert any("surrogate" in w for w in doc.warnings)
    line = doc.to_json().encode("utf-8")  # would raise on a lone surrogate
    assert Document.from_dict(json.loads(line)) == doc


@pytest.mark.parametrize("bad", [None, 3.5, ["texte"], {"text": "x"}])
def test_non_text_is_a_type_error_naming_what_is_accepted(bad):
    with pytest.raises(TypeError, match="str, bytes or Document"):
        pressclean.clean(bad)


@pytest.mark.parametrize(
    "data, expected",
    [
        ("Réfugiés à Genève".encode("utf-8"), "Réfugiés à Genève"),
        ("Réfugiés à Genève".encode("cp1252"), "Réfugiés à Genève"),
        ("Réfugiés à Genève".encode("utf-16"), "Réfugiés à Genève"),
    ],
    ids=["utf-8", "cp1252", "utf-16 with BOM"],
)
def test_bytes_are_decoded(data, expected):
    assert pressclean.repair(data) == expected


@contextmanager
def hang_guard(seconds: int):
    """Fail instead of hanging forever (catastrophic backtracking would hang)."""

    def alarm(signum, frame):
        raise TimeoutError(f"still running after {seconds} s: catastrophic backtracking?")

    old = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


REDOS = {
    "digits and spaces": "1 " * 50_000 + "x",
    "dots": "." * 100_000,
    "at signs": "a@" * 30_000 + "!",
    "long word": "a" * 200_000,
    "nested brackets": "(" * 20_000 + ")" * 20_000,
    "phone-like run": "+33 (0)" + "1 2 " * 20_000,
    "dashes": "- " * 50_000,
    "capitals": "OIM " * 30_000,
    "html-ish": "<a href=" * 20_000,
    "mailto debris": '"mailto:' * 20_000,
    # phones and hidden e-mails in running text: one contact sentence each, all on one line
    "phone and hidden e-mail": "+33 (0)1 2 [email protected] le " * 1_500,
    "url and hidden e-mail": "http://[email protected] " * 1_500,
    "percent signs": "%" * 50_000,  # every one may start an e-mail's local part
    "camel-case run": "aÉ" * 50_000,  # every capital may be a heading glued to its text (fuzz input 62434)
    "capitals then a word": "É" * 100_000 + "Valence",  # a heading in capitals glued to a word (fuzz input 80518)
    # the model reads an organisation as long as the page, looked for again in the page (fuzz inputs 16367, 1388)
    "a name as long as the page": "ä" + "A Organisation de la " * 2_500,
    # a long run of tabs or spaces, tried from each of its positions by the spacing stage (fuzz input 7:28377)
    "a run of tabs": "a" + "\t" * 200_000 + "b",
    "spaces after a spaced comma": "Il a dit , merci." + " " * 200_000 + "x",
    # a name the model finds thousands of times, each mention once checked against all the others (session 16: 219 s)
    "a first name, again and again": "M. Jean " * 12_000,
}


@pytest.mark.parametrize("text", REDOS.values(), ids=REDOS.keys())
def test_adversarial_shapes_finish(nlp, text):
    with hang_guard(60):
        doc = pressclean.clean(text)
    _check_offsets(doc)


# lines the boilerplate stage compares with all their copies: thousands of copies made it quadratic (session 16)
BOILERPLATE_FOOD = {
    "a credit and a headline, again and again": "Source : Lusa, 29/11/2025\nTitre d'une dépêche sur la récolte\n" * 15_000,
    "a title in capitals, again and again": "MESSAGE DES ÉGLISES DU BÉNIN\nPOUR LE TEMPS DE L'AVENT\n" * 15_000,
}


@pytest.mark.parametrize("text", BOILERPLATE_FOOD.values(), ids=BOILERPLATE_FOOD.keys())
def test_the_boilerplate_stage_stays_linear_on_repeated_lines(text):
    with hang_guard(30):
        doc = remove_boilerplate(Document.from_text(text))
    assert doc.text  # (every line is a copy of another: what stays is the page's, not nothing)


@pytest.mark.parametrize(
    "text, language",
    [
        ("The World Food Programme has started distributing emergency rations in three provinces "
         "affected by the drought, the agency said in Geneva on Tuesday.", "en"),
        ("El Programa Mundial de Alimentos ha comenzado a distribuir raciones de emergencia en tres "
         "provincias afectadas por la sequía, informó la agencia en Ginebra.", "es"),
    ],
)
def test_other_languages_get_a_clear_answer_and_french_stages_say_they_were_skipped(nlp, text, language):
    doc = pressclean.clean(text)
    assert doc.language == language
    assert any(w.startswith("find_entities skipped") for w in doc.warnings)
    assert doc.text == text  # the language-neutral stages found nothing to repair


_RECORDS_SCRIPT = """
import sys
from pathlib import Path
import pressclean
for path in sorted(Path(sys.argv[1]).glob('*.txt'))[:6]:
    print(pressclean.clean(path.read_text(encoding='utf-8'), id=path.stem).to_json())
"""


def test_same_records_whatever_the_hash_seed(tmp_path):
    """Sets and dicts iterate in hash order; nothing in a record may depend on it."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    corpus = Path(__file__).parent.parent / "corpora" / "dev"
    outputs = []
    for seed in ("0", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run([sys.executable, "-c", _RECORDS_SCRIPT, str(corpus)], env=env,
                             capture_output=True, text=True, timeout=600, check=True)
        outputs.append(run.stdout)
    assert outputs[0].count("\n") == 6
    assert outputs[0] == outputs[1]
