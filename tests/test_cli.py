"""The console script: run, explain, eval."""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

from pressclean.cli import main

FIXTURE = Path(__file__).parent / "fixtures" / "seed_shape.txt"


def test_run_writes_records_and_a_summary(nlp, tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    code = main(["run", str(FIXTURE), "-o", str(out), "--quiet"])
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert code == 0 and len(records) == 1 and records[0]["status"] == "ok"
    summary = capsys.readouterr().out
    assert "documents: 1 (1 ok, 0 errors)" in summary and "OIM" in summary


def test_run_exit_code_and_message_for_a_missing_input(capsys):
    assert main(["run", "/no/such/page.txt", "--quiet"]) == 2
    assert "no such input" in capsys.readouterr().err


def test_explain_shows_each_stage(nlp, capsys):
    assert main(["explain", str(FIXTURE)]) == 0
    shown = capsys.readouterr().out
    assert "== remove_boilerplate" in shown and "lost" in shown and "== title:" in shown


def test_profile_fit_then_show(tmp_path, capsys):
    pages = tmp_path / "site"
    pages.mkdir()
    for n in range(3):
        (pages / f"p{n}.txt").write_text(
            f"Accueil\nNos actions\nTitre numéro {n} du communiqué\nLe texte {n} du communiqué parle des familles.\n",
            encoding="utf-8")
    out = tmp_path / "profiles.json"
    assert main(["profile", "fit", str(pages), "-o", str(out)]) == 0
    assert main(["profile", "show", str(out)]) == 0
    shown = capsys.readouterr().out
    assert "1 site profile(s) written" in shown and "3 pages" in shown and "nos actions" in shown


def test_explain_marks_the_diff_when_piped(nlp, capsys):
    assert main(["explain", str(FIXTURE), "--color", "never"]) == 0
    shown = capsys.readouterr().out
    assert "mis en {+œ+}uvre" in shown  # a lost œ, added back
    assert "[--\nQui sommes nous\n" in shown  # the menu on top, removed
    assert "\x1b[" not in shown


def test_run_with_fitted_profiles_and_a_config(nlp, tmp_path):
    config = tmp_path / "pipeline.toml"
    from pressclean.config import default_config

    config.write_text(default_config(), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code = main(["run", str(FIXTURE), "-o", str(out), "--quiet", "-j", "1", "--fit-profiles", "--config", str(config)])
    assert code == 0 and json.loads(out.read_text(encoding="utf-8").splitlines()[0])["status"] == "ok"


def test_run_fit_profiles_uses_what_process_learns(tmp_path):
    # only the boilerplate stage (a TOML pipeline), so that no model loads
    config = tmp_path / "pipeline.toml"
    config.write_text('stages = ["remove_boilerplate"]\n', encoding="utf-8")
    pages = tmp_path / "site"
    pages.mkdir()
    slogan = "Ensemble, agissons pour la dignité de chacun."
    for n in range(4):
        (pages / f"p{n}.txt").write_text(
            f"Le réseau\nNos actions\nTitre numéro {n} du communiqué de presse\n"
            f"Le projet a permis de reconstruire {n + 10} abris pour les familles déplacées par les crues.\n"
            f"{slogan}\nEspace presse\n", encoding="utf-8")

    def texts(*options: str) -> list[str]:
        out = tmp_path / f"out{len(options)}.jsonl"
        assert main(["run", str(pages), "-o", str(out), "--quiet", "-j", "1", "--config", str(config), *options]) == 0
        return [json.loads(line)["text"] for line in out.read_text(encoding="utf-8").splitlines()]

    assert all(slogan in t for t in texts())
    fitted = texts("--fit-profiles")
    assert len(fitted) == 4 and not any(slogan in t for t in fitted)
    assert main(["profile", "fit", str(pages), "-o", str(tmp_path / "p.json")]) == 0
    assert texts("--profiles", str(tmp_path / "p.json"), "--overwrite") == fitted


class _ClosedPipe(io.StringIO):
    """A stdout whose reader has gone (`| head`): every write fails as a closed pipe does."""

    def __init__(self, fd: int) -> None:
        super().__init__()
        self.fd = fd

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def fileno(self) -> int:
        return self.fd


def test_a_reader_that_stops_reading_ends_the_command_quietly(tmp_path, monkeypatch, capsys):
    pages = tmp_path / "site"
    pages.mkdir()
    for n in range(3):
        (pages / f"p{n}.txt").write_text(f"Accueil\nNos actions\nTitre {n} du communiqué de presse\n", encoding="utf-8")
    profiles = tmp_path / "profiles.json"
    assert main(["profile", "fit", str(pages), "-o", str(profiles)]) == 0
    read, write = os.pipe()
    try:
        monkeypatch.setattr(sys, "stdout", _ClosedPipe(write))
        assert main(["profile", "show", str(profiles)]) == 141
    finally:
        os.close(read)
        os.close(write)
    assert "Traceback" not in capsys.readouterr().err


def test_ctrl_c_while_a_command_starts_ends_it_with_a_line_not_a_traceback(monkeypatch, capsys):
    import pressclean.cli as cli

    def interrupted(args):
        raise KeyboardInterrupt  # as when the user presses Ctrl-C while spaCy loads

    monkeypatch.setattr(cli, "_explain", interrupted)
    assert main(["explain", "any-page.txt"]) == 130
    err = capsys.readouterr().err
    assert "interrupted" in err and "Traceback" not in err


def test_run_with_accents_restores_them(nlp, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("Les Etats membres ont adopte la resolution.\nA la tete du comite, la presidente a salue le vote.", encoding="utf-8")
    plain, accented = tmp_path / "plain.jsonl", tmp_path / "accents.jsonl"
    assert main(["run", str(page), "-o", str(plain), "--quiet", "-j", "1"]) == 0
    assert main(["run", str(page), "-o", str(accented), "--quiet", "-j", "1", "--accents"]) == 0
    before = json.loads(plain.read_text(encoding="utf-8"))["text"]
    after = json.loads(accented.read_text(encoding="utf-8"))["text"]
    assert "Etats" in before and "États" in after and "À la tête" in after
