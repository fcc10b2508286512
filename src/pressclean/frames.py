"""pandas views of pressclean output: tidy DataFrames, a Series cleaner, a corpus summary.

`to_frame(records, kind=...)` takes what pressclean makes — Documents, the JSON records of
`pressclean run` (dicts, or the path of the JSONL file) — and gives one row per document,
entity, figure or contact. `clean_series` cleans a column of texts:

    docs = df["text"].pipe(pressclean.clean_series)     # one Document per row, same index
    to_frame(docs, kind="figures")

`corpus_summary(records)` renders as tables and plots in a notebook: figures by release month,
organisations by the number of releases naming them, and the places most written about.
"""

from __future__ import annotations

import base64
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Literal, Mapping, Union

try:
    import pandas as pd
except ModuleNotFoundError as exc:  # an optional extra: say which
    raise ModuleNotFoundError(
        "pressclean's DataFrames need pandas and matplotlib: pip install 'pressclean[notebook]'"
    ) from exc

from .document import Document
from .pipeline import Pipeline, with_id

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.figure import Figure

Records = Union[Document, Mapping[str, Any], Iterable[Union[Document, Mapping[str, Any], None]], str, Path]
Kind = Literal["documents", "entities", "figures", "contacts"]

ENTITY_COLUMNS = ["id", "label", "name", "text", "start", "end", "original_start", "original_end", "mentions", "stage"]
FIGURE_COLUMNS = [
    "id", "text", "value", "unit", "kind", "currency", "qualifier", "value_date", "document_date",
    "start", "end", "original_start", "original_end",
]
CONTACT_COLUMNS = ["id", "person", "role", "organisation", "phones", "faxes", "emails", "start", "end"]
_COUNTED = {"ORG": "organisations", "LOC": "places", "PER": "people", "FIGURE": "figures",
            "PHONE": "phones", "EMAIL": "emails", "CONTACT": "contacts"}
DOCUMENT_COLUMNS = [
    "id", "status", "error", "site", "language", "language_score", "title", "place", "date",
    "chars", "original_chars", "edits", "warnings", *_COUNTED.values(),
]


# -- tidy frames --------------------------------------------------------------------------------
def to_frame(records: Records, kind: Kind = "entities") -> pd.DataFrame:
    """A tidy DataFrame of pressclean output: one row per document, entity, figure or contact.

    `records`: Documents, output records (dicts), a Series of Documents, or a JSONL file path.
    Columns by kind — documents: `DOCUMENT_COLUMNS` (`date` is the dateline's, NaT without a
    year); entities: `ENTITY_COLUMNS` (`name` is what the fact is called: an organisation's
    canonical name, a place's name, a phone's E.164 form, an e-mail address...); figures:
    `FIGURE_COLUMNS` (`value` is numeric, NaN for dates, which are in `value_date`); contacts:
    `CONTACT_COLUMNS` (phones, faxes, e-mails as lists). Error records count as documents only.

    >>> from pressclean.stages.figures import find_figures
    >>> doc = find_figures(Document.from_text("Le projet de 16 mois visait 39 victimes.", id="p1"))
    >>> to_frame(doc, kind="figures")[["id", "text", "value", "unit", "kind"]].values.tolist()
    [['p1', '16 mois', 16.0, 'mois', 'duration'], ['p1', '39 victimes', 39.0, 'victimes', 'count']]
    """
    builders = {"documents": _document_rows, "entities": _entity_rows, "figures": _figure_rows, "contacts": _contact_rows}
    if kind not in builders:
        raise ValueError(f"unknown kind {kind!r}; choose one of: {', '.join(builders)}")
    columns = {"documents": DOCUMENT_COLUMNS, "entities": ENTITY_COLUMNS, "figures": FIGURE_COLUMNS,
               "contacts": CONTACT_COLUMNS}[kind]
    rows = [row for record in iter_records(records) for row in builders[kind](record)]
    frame = pd.DataFrame(rows, columns=columns)
    for column in ("date", "document_date"):
        if column in frame:
            frame[column] = _dates(frame[column])
    return frame


def iter_records(records: Records) -> Iterator[dict[str, Any]]:
    """The plain records behind anything `to_frame` accepts (missing entries, None, are skipped).

    >>> [r["id"] for r in iter_records([Document.from_text("x", id="a"), None])]
    ['a']
    """
    if isinstance(records, (str, Path)):
        yield from _read_jsonl(Path(records))
        return
    if isinstance(records, (Document, Mapping)):
        records = [records]
    for n, record in enumerate(records):
        if record is None:
            continue
        if isinstance(record, Document):
            yield record.to_dict()
        elif isinstance(record, Mapping) and "status" in record and "entities" in record:
            yield dict(record)
        else:
            raise TypeError(
                f"item {n} is {type(record).__name__}, not a pressclean Document or output record; "
                "pass Documents (pressclean.clean), records (Document.to_dict, `pressclean run` JSONL) or a JSONL path"
            )


def _read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    if not path.is_file():
        raise FileNotFoundError(f"no such records file: {path} (write one with `pressclean run INPUTS -o {path}`)")
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


def _document_rows(r: dict[str, Any]) -> Iterator[dict[str, Any]]:
    dateline = r.get("dateline") or {}
    counts = {column: 0 for column in _COUNTED.values()}
    for e in r["entities"]:
        if e["label"] in _COUNTED:
            counts[_COUNTED[e["label"]]] += 1
    yield {
        "id": r["id"], "status": r["status"], "error": r.get("error"), "site": r.get("site"), "language": r.get("language"),
        "language_score": r.get("language_score"), "title": r.get("title"), "place": dateline.get("place"),
        "date": dateline.get("date"), "chars": len(r["text"] or ""), "original_chars": len(r.get("original") or ""),
        "edits": len(r["edits"]), "warnings": len(r.get("warnings") or ()), **counts,
    }


def _entity_rows(r: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for e in r["entities"]:
        row = {c: e.get(c) for c in ("label", "text", "start", "end", "original_start", "original_end", "stage")}
        yield {"id": r["id"], **row, "name": entity_name(e), "mentions": len(e.get("mentions") or ()) or 1}


def entity_name(e: Mapping[str, Any]) -> str:
    """What an entity (a record's entity dict) is called, to count it across documents.

    >>> entity_name({"label": "ORG", "text": "OIM", "acronym": "OIM", "canonical": "Organisation internationale pour les migrations"})
    'Organisation internationale pour les migrations'
    """
    keys = {"ORG": ("canonical", "long_form", "acronym"), "LOC": ("name",), "PER": ("name",),
            "PHONE": ("e164",), "EMAIL": ("address",), "CONTACT": ("person", "organisation")}
    return next((e[k] for k in keys.get(e["label"], ()) if e.get(k)), e["text"])


def _figure_rows(r: dict[str, Any]) -> Iterator[dict[str, Any]]:
    date = (r.get("dateline") or {}).get("date")
    for e in r["entities"]:
        if e["label"] != "FIGURE":
            continue
        value = e.get("value")
        numeric = isinstance(value, (int, float)) and not isinstance(value, bool)
        yield {
            "id": r["id"], "text": e["text"], "value": float(value) if numeric else float("nan"),
            **{k: e.get(k) for k in ("unit", "kind", "currency", "qualifier")},
            "value_date": None if numeric else value, "document_date": date,
            **{k: e[k] for k in ("start", "end", "original_start", "original_end")},
        }


def _contact_rows(r: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for e in r["entities"]:
        if e["label"] == "CONTACT":
            yield {
                "id": r["id"], **{k: e.get(k) for k in ("person", "role", "organisation")},
                **{k: list(e.get(k) or ()) for k in ("phones", "faxes", "emails")}, "start": e["start"], "end": e["end"],
            }


def _dates(values: pd.Series) -> pd.Series:
    """ISO dates as datetimes; a date without a year (`--11-18`) cannot be placed in time: NaT."""
    years = values.where(values.astype("string").str.match(r"^\d{4}").fillna(False).astype(bool))
    return pd.to_datetime(years, format="ISO8601", errors="coerce")


# -- a column of texts ----------------------------------------------------------------------------
def clean_series(texts: pd.Series, pipeline: Pipeline | None = None, *, batch_size: int = 32) -> pd.Series:
    """Clean every text of a Series: a Series of Documents with the same index (None where text is missing).

    Each Document's `id` is its index label, so `to_frame(result)` rows point back to the rows.

    >>> from pressclean.stages.layout import normalise_spacing
    >>> docs = pd.Series({"a": "un  texte", "b": None}).pipe(clean_series, Pipeline([normalise_spacing]))
    >>> docs["a"].text, docs["a"].id, docs["b"]
    ('un texte', 'a', None)
    """
    if not isinstance(texts, pd.Series):
        raise TypeError(f"clean_series expects a pandas Series of texts, got {type(texts).__name__}; try df['text']")
    if pipeline is None:
        from . import default_pipeline

        pipeline = default_pipeline()
    present = [n for n, value in enumerate(texts) if not _missing(value)]
    for n in present:
        if not isinstance(texts.iloc[n], (str, bytes)):
            raise TypeError(
                f"the value at index {texts.index[n]!r} is {type(texts.iloc[n]).__name__}, not text; "
                "convert the column (.astype(str)) or drop those rows first"
            )
    out: list[Document | None] = [None] * len(texts)
    done = pipeline.pipe((texts.iloc[n] for n in present), batch_size=batch_size)
    for n, doc in zip(present, done):
        out[n] = with_id(doc, str(texts.index[n]))
    return pd.Series(out, index=texts.index, name=texts.name, dtype=object)


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and value != value) or value is pd.NA or value is pd.NaT


# -- a corpus at a glance -------------------------------------------------------------------------
@dataclass(frozen=True)
class CorpusSummary:
    """Tables of a corpus, and their plots; shows as both in a notebook.

    `documents`, `entities`, `figures` are `to_frame`'s frames; the properties count from them.
    """

    documents: pd.DataFrame
    entities: pd.DataFrame
    figures: pd.DataFrame
    top: int = 10

    @property
    def organisations(self) -> pd.DataFrame:
        """Organisations by the number of documents naming them (then by mentions)."""
        return _frequency(self.entities, "ORG")

    @property
    def places(self) -> pd.DataFrame:
        """Places by the number of documents naming them (then by mentions)."""
        return _frequency(self.entities, "LOC")

    @property
    def figures_by_month(self) -> pd.DataFrame:
        """How many figures of each kind the releases of each month report (dated releases only)."""
        dated = self.figures.dropna(subset=["document_date"])
        if dated.empty:
            return pd.DataFrame(index=pd.PeriodIndex([], freq="M", name="month"))
        month = dated["document_date"].dt.to_period("M").rename("month")
        return dated.groupby([month, "kind"]).size().unstack("kind", fill_value=0).sort_index()

    @property
    def overview(self) -> pd.DataFrame:
        """One row of totals: documents, errors, languages, dated releases, and facts by label."""
        d = self.documents
        ok = d[d["status"] == "ok"]
        row = {
            "documents": len(d), "errors": int((d["status"] != "ok").sum()),
            "languages": ", ".join(f"{k} {v}" for k, v in ok["language"].fillna("?").value_counts().items()),
            "dated": int(ok["date"].notna().sum()), "edits": int(ok["edits"].sum()),
            **{column: int(ok[column].sum()) for column in _COUNTED.values()},
        }
        return pd.DataFrame([row])

    def plot(self) -> Figure:
        """Three charts: figures by release month, top organisations, top places.

        A matplotlib Figure (no pyplot: nothing global is touched); `.savefig(path)` to keep it.
        """
        try:
            from matplotlib.figure import Figure
        except ModuleNotFoundError as exc:
            raise ModuleNotFoundError("the corpus plots need matplotlib: pip install 'pressclean[notebook]'") from exc

        fig = Figure(figsize=(15, 4.5), layout="constrained")
        over_time, orgs, places = fig.subplots(1, 3)
        by_month = self.figures_by_month
        undated = int((self.documents["status"] == "ok").sum() - self.documents["date"].notna().sum())
        if by_month.empty:
            over_time.text(0.5, 0.5, "no release gives a dated dateline", ha="center", va="center")
            over_time.set_axis_off()
        else:
            by_month.index = by_month.index.astype(str)
            by_month.plot.bar(stacked=True, ax=over_time, rot=45, width=0.8)
            over_time.set_ylabel("figures reported")
            over_time.legend(title="kind", fontsize="small", loc="upper left", bbox_to_anchor=(1, 1))
        over_time.set_title(f"Figures by release month ({undated} undated release(s) left out)", fontsize="medium")
        for ax, table, what in ((orgs, self.organisations, "Organisations"), (places, self.places, "Places")):
            head = table.head(self.top).iloc[::-1]  # the most frequent on top
            ax.barh([_short(n) for n in head["name"]], head["documents"], color="#4c72b0" if what == "Places" else "#55a868")
            ax.set_xlabel("documents naming it")
            ax.set_title(f"{what}: top {len(head)}", fontsize="medium")
        return fig

    def _repr_html_(self) -> str:
        buffer = io.BytesIO()
        self.plot().savefig(buffer, format="png", dpi=80)
        image = base64.b64encode(buffer.getvalue()).decode("ascii")
        tables = "".join(
            f"<div style='margin-right: 2em'><b>{title}</b>{frame.head(self.top).to_html(index=False)}</div>"
            for title, frame in (("organisations", self.organisations), ("places", self.places))
        )
        return (
            f"<div><b>corpus</b>{self.overview.to_html(index=False)}"
            f"<div style='display: flex; align-items: flex-start'>{tables}</div>"
            f"<img alt='figures by month, organisations and places' src='data:image/png;base64,{image}'></div>"
        )


def corpus_summary(records: Records, *, top: int = 10) -> CorpusSummary:
    """Summarise a corpus (anything `to_frame` takes); in a notebook it shows tables and plots.

    >>> from pressclean.stages.figures import find_figures
    >>> summary = corpus_summary([find_figures(Document.from_text("Plus de 39 victimes.", id="a"))])
    >>> summary.overview[["documents", "figures"]].values.tolist()
    [[1, 1]]
    """
    records = list(iter_records(records))  # read once: a file or a stream feeds three frames
    return CorpusSummary(
        to_frame(records, "documents"), to_frame(records, "entities"), to_frame(records, "figures"), top
    )


def _frequency(entities: pd.DataFrame, label: str) -> pd.DataFrame:
    """Names of one label by documents and mentions; `GENÈVE` (a dateline) counts as `Genève`."""
    rows = entities[entities["label"] == label].assign(key=lambda f: f["name"].str.casefold())
    # each name shown as most documents write it, and not in capitals when another spelling is not
    spelling = (
        rows.assign(caps=rows["name"].str.isupper())
        .groupby(["key", "caps", "name"]).size().rename("n").reset_index()
        .sort_values(["key", "caps", "n", "name"], ascending=[True, True, False, True])
        .drop_duplicates("key").set_index("key")["name"]
    )
    table = rows.groupby("key").agg(documents=("id", "nunique"), mentions=("mentions", "sum"))
    table.insert(0, "name", spelling)
    table = table.reset_index(drop=True)
    return table.sort_values(["documents", "mentions", "name"], ascending=[False, False, True], ignore_index=True)


def _short(name: str, width: int = 40) -> str:
    return name if len(name) <= width else name[: width - 1] + "…"
