"""Per-article extraction through Ray Data, cross-article linking after it.

    inputs ─ list files (driver) ─► read each file (tasks) ─► map_batches(ArticleWorker,
    actor pool: one spaCy model per worker) ─► gather (driver) ─► linking as Ray Data group-bys
    by component of shared blocks (`ray_linking.py`)

Files are read where the work runs, so on a cluster the crawl (WARC, JSONL, folders) must
sit on storage every node sees. Documents travel as JSON rows (`serialize.py`), in input
order, and come back to `build_record`, so the record is the one the local engine makes.
"""
from __future__ import annotations

import dataclasses
import pickle
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError, ParleyError, UnreadableInput, name_text
from ..extraction import ExtractResult, ProgressFn
from .ray_linking import link_with_ray
from ..model import Document
from ..options import Options
from ..serialize import document_from_json, document_to_json


class RayUnavailable(ParleyError):
    code = "P500"


@dataclass(frozen=True)
class RaySettings:
    # a running cluster ("ray://host:10001", "host:6379", "auto"); None: start Ray here
    address: str | None = None
    # also write one row per article (the document as JSON plus key fields) as Parquet here
    parquet_dir: str | None = None


def _import_ray() -> Any:
    try:
        import ray
    except ImportError as err:
        raise RayUnavailable(f"the Ray engine needs ray[data] (pip install 'parley[ray]'): {err}") from None
    return ray


def list_inputs(inputs: list[str]) -> Iterator[str | InputError]:
    """The files `read_inputs` would read, in its order (folders walked as it walks them)."""
    from ..readers import walk_files

    for given in inputs:
        path = Path(given)
        if path.is_dir():
            for item in walk_files(path):
                yield item if isinstance(item, InputError) else str(item)
        elif path.exists() or path.is_symlink():
            yield given
        else:
            yield UnreadableInput("no such file or folder", name_text(given))


def _error_row(err: InputError) -> dict[str, Any]:
    return {"kind": "error", "payload": pickle.dumps(err).hex(), "path": err.source or ""}


def read_path(row: dict[str, Any], options_blob: bytes) -> list[dict[str, Any]]:
    """Ray task: one input file's documents (and input errors) as rows, within the bounds on
    input of the options."""
    from ..readers import read_file
    from ..readers.bounds import InputLimits

    out = []
    for item in read_file(Path(row["path"]), limits=InputLimits.of(pickle.loads(options_blob))):
        if isinstance(item, Document):
            out.append({"kind": "document", "payload": document_to_json(item, parses=False), "path": row["path"]})
        else:
            out.append(_error_row(item))
    return out


class ArticleWorker:
    """Ray actor: builds the per-article pipeline once (so the spaCy model loads once)."""

    def __init__(self, options_blob: bytes) -> None:
        from ..pipeline import Context
        from ..stages import build_pipeline

        options: Options = pickle.loads(options_blob)
        self.pipeline = build_pipeline(options.stages, Context(options))

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        kinds, payloads = list(batch["kind"]), list(batch["payload"])
        docs = [document_from_json(p) for k, p in zip(kinds, payloads) if k == "document"]
        done = iter(self.pipeline.run_batch(docs))
        batch["payload"] = [document_to_json(next(done), parses=False) if k == "document" else p
                            for k, p in zip(kinds, payloads)]
        return batch


def _start(ray: Any, settings: RaySettings, options: Options) -> bool:
    """Connect to Ray; True when this call started it (and so should shut it down)."""
    if ray.is_initialized():
        return False
    if settings.address:
        ray.init(address=settings.address, log_to_driver=False)
    else:
        ray.init(num_cpus=max(1, options.n_process), include_dashboard=False, log_to_driver=False)
    return True


def _workers(ray: Any, options: Options) -> int:
    return max(1, int(ray.cluster_resources().get("CPU", options.n_process)))


def extract_with_ray(inputs: list[str], options: Options | None = None, settings: RaySettings | None = None,
                     progress: ProgressFn | None = None) -> ExtractResult:
    options = options or Options()
    settings = settings or RaySettings()
    ray = _import_ray()
    started = _start(ray, settings, options)
    try:
        import ray.data

        data_ctx = ray.data.DataContext.get_current()
        saved = (data_ctx.execution_options.preserve_order, data_ctx.enable_progress_bars)
        data_ctx.execution_options.preserve_order = True  # the record keeps input order
        data_ctx.enable_progress_bars = False
        listed = list(list_inputs(inputs))
        paths = [{"path": p} for p in listed if isinstance(p, str)]
        skipped = [e for e in listed if isinstance(e, InputError)]
        for err in skipped:
            if progress:
                progress(err)
        documents: list[Document] = []
        if paths:
            worker_options = dataclasses.replace(options, n_process=1)
            # reading is light and must not wait for a CPU the model workers hold all of
            ds = ray.data.from_items(paths).flat_map(
                read_path, fn_kwargs={"options_blob": pickle.dumps(worker_options)}, num_cpus=0).map_batches(
                ArticleWorker, fn_constructor_args=(pickle.dumps(worker_options),),
                batch_size=options.batch_size, num_cpus=1, batch_format="numpy",
                compute=ray.data.ActorPoolStrategy(size=_workers(ray, options)))
            if settings.parquet_dir:
                ds = ds.materialize()
                _write_parquet(ds, settings.parquet_dir)
            documents = _gather(ds, skipped, progress)
        record = link_with_ray(ray, documents, options)
        data_ctx.execution_options.preserve_order, data_ctx.enable_progress_bars = saved
        return ExtractResult(record, skipped)
    finally:
        if started:
            ray.shutdown()


def _gather(ds: Any, skipped: list[InputError], progress: ProgressFn | None) -> list[Document]:
    """Documents back on the driver, in input order, ids made unique across files."""
    documents: list[Document] = []
    seen: set[str] = set()
    for row in ds.iter_rows():
        if row["kind"] == "error":
            err: InputError = pickle.loads(bytes.fromhex(row["payload"]))
            skipped.append(err)
            if progress:
                progress(err)
            continue
        doc = document_from_json(row["payload"])
        if doc.id in seen:  # two files of one name: the local engine names them by path too
            doc.id = doc.source if doc.source not in seen else f"{doc.source}#{len(seen)}"
        seen.add(doc.id)
        documents.append(doc)
        if progress:
            progress(doc)
    return documents


def _write_parquet(ds: Any, directory: str) -> None:
    def article_row(row: dict[str, Any]) -> dict[str, Any]:
        if row["kind"] != "document":
            return {"id": None, "source": row["path"], "title": None, "outlet": None, "published": None,
                    "events": 0, "error": pickle.loads(bytes.fromhex(row["payload"])).line(), "document": None}
        doc = document_from_json(row["payload"])
        return {"id": doc.id, "source": doc.source, "title": doc.title, "outlet": doc.outlet,
                "published": doc.published.value if doc.published else None, "events": len(doc.events),
                "error": None, "document": row["payload"]}

    ds.map(article_row).write_parquet(directory)


__all__ = ["RaySettings", "RayUnavailable", "extract_with_ray", "list_inputs"]
