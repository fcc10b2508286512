"""The notebooks run top to bottom in a real Jupyter kernel, and show what they promise."""

from __future__ import annotations

from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

NOTEBOOKS = Path(__file__).parent.parent / "notebooks"
PATHS = sorted(NOTEBOOKS.glob("*.ipynb"))


def _run(path: Path):
    notebook = nbformat.read(path, as_version=4)
    # a kernel of this interpreter (ipykernel's own spec), started in the notebook's folder
    client = nbclient.NotebookClient(
        notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    )
    client.execute()
    return notebook


def _outputs(notebook, mime: str) -> list[str]:
    return [
        "".join(output.get("data", {}).get(mime, ""))
        for cell in notebook.cells
        if cell.cell_type == "code"
        for output in cell.outputs
    ]


@pytest.fixture(scope="module")
def executed():
    return {path.name: _run(path) for path in PATHS}


def test_the_notebooks_are_there():
    assert {p.name for p in PATHS} >= {"quickstart.ipynb", "corpus.ipynb"}


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.name)
def test_outputs_are_stripped_in_git(path):
    notebook = nbformat.read(path, as_version=4)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert not cell.outputs and cell.execution_count is None, f"strip the outputs of {path.name}"


@pytest.mark.parametrize("name", [p.name for p in PATHS])
def test_every_cell_runs_without_error(executed, name):
    notebook = executed[name]
    errors = [o for c in notebook.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert not errors
    assert all(c.execution_count for c in notebook.cells if c.cell_type == "code")


def test_the_quickstart_shows_the_page_highlighted(executed):
    html = "\n".join(_outputs(executed["quickstart.ipynb"], "text/html"))
    assert '<mark class="entity"' in html and ">ORG</span>" in html and ">PHONE</span>" in html
    assert "<del " in html  # the edits against the original
    text = "\n".join(_outputs(executed["quickstart.ipynb"], "text/plain"))
    streams = "".join(o.get("text", "") for c in executed["quickstart.ipynb"].cells if c.cell_type == "code" for o in c.outputs)
    assert "OIM" in streams and "+22720723514" in text


def test_the_corpus_notebook_shows_tables_and_plots(executed):
    html = "\n".join(_outputs(executed["corpus.ipynb"], "text/html"))
    assert "data:image/png;base64," in html  # the summary's charts
    assert "<table" in html and "Organisation internationale pour les migrations" in html
