"""One analysis thread, fed by a queue in which a newer version of a document replaces an older one.

jedi is not thread-safe and cannot be interrupted, so every Engine call (checks, overlays,
invalidations, warm-up) happens on this one thread, while the event loop keeps answering
requests (code actions, cancellations) from what was already computed. There is no fixed
debounce: a burst of edits coalesces because only the newest queued version of each document
survives while the worker is busy.
"""

from __future__ import annotations

import gc
import logging
import sys
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from collections.abc import Callable
from typing import Any

from torchmode.findings import FileReport
from torchmode.settings import Settings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CheckJob:
    uri: str
    path: str
    version: int | None
    text: str
    settings: Settings
    generation: int  # the server's settings generation when the job was queued
    reason: str = "edit"  # "edit" | "dependency" | "settings": why it is checked again
    queued_at: float = field(default_factory=time.perf_counter)


@dataclass
class CheckResult:
    job: CheckJob
    report: FileReport | None
    error: BaseException | None
    seconds: float  # in the engine
    started_at: float = 0.0  # when the worker took the job


class EnginePool:
    """The Engines of the session, one per (interpreter, extra paths); used on the worker thread only."""

    def __init__(self, engine_factory: Callable[..., Any]):
        self._factory = engine_factory  # makes an engine.Engine (imported lazily: jedi is slow to import)
        self._engines: dict[tuple, Any] = {}
        self.roots: tuple[str, ...] = ()
        self.overlays: dict[str, str] = {}  # replayed into engines created later

    def engine_for(self, settings: Settings):
        interpreter = settings.interpreter or sys.executable
        key = (interpreter, settings.extra_paths)
        engine = self._engines.get(key)
        if engine is None:
            engine = self._factory(self.roots, interpreter=interpreter, extra_paths=settings.extra_paths)
            for path, text in self.overlays.items():
                engine.set_overlay(path, text)
            self._engines[key] = engine
            log.info("new engine: roots=%s interpreter=%s extra_paths=%s", self.roots, interpreter, settings.extra_paths)
        return engine

    def reset(self, roots: tuple[str, ...]) -> None:
        self.roots = roots
        self._engines.clear()

    def set_overlay(self, path: str, text: str | None) -> None:
        if text is None:
            self.overlays.pop(path, None)
        else:
            self.overlays[path] = text
        for engine in self._engines.values():
            engine.set_overlay(path, text)

    def invalidate(self, path: str) -> None:
        for engine in self._engines.values():
            engine.invalidate(path)


class AnalysisWorker:
    def __init__(self, pool: EnginePool, on_result: Callable[[CheckResult], None]):
        self._pool = pool
        self._on_result = on_result
        self._cond = threading.Condition()
        self._checks: OrderedDict[str, CheckJob] = OrderedDict()
        self._overlays: dict[str, str | None] = {}
        self._invalidations: set[str] = set()
        self._roots: tuple[str, ...] | None = None
        self._warm_up: Settings | None = None
        self._stopped = False
        self.busy_with: str | None = None  # the uri being analysed, for logs and tests
        self._thread = threading.Thread(target=self._run, name="torchmode-analysis", daemon=True)
        self._thread.start()

    # -- called from the event loop -------------------------------------------------------------
    def check(self, job: CheckJob) -> None:
        with self._cond:
            self._checks[job.uri] = job  # replaces (and keeps the queue place of) an older version
            self._cond.notify()

    def forget(self, uri: str) -> None:
        with self._cond:
            self._checks.pop(uri, None)

    def set_overlay(self, path: str, text: str | None) -> None:
        with self._cond:
            self._overlays[path] = text
            self._cond.notify()

    def invalidate(self, path: str) -> None:
        with self._cond:
            self._invalidations.add(path)
            self._cond.notify()

    def reset(self, roots: tuple[str, ...]) -> None:
        with self._cond:
            self._roots = roots
            self._cond.notify()

    def warm_up(self, settings: Settings) -> None:
        with self._cond:
            self._warm_up = settings
            self._cond.notify()

    def pending(self) -> int:
        with self._cond:
            return len(self._checks)

    def stop(self) -> None:
        with self._cond:
            self._stopped = True
            self._cond.notify()

    # -- the worker thread ----------------------------------------------------------------------
    def _run(self) -> None:
        while True:
            with self._cond:
                while not (self._stopped or self._checks or self._overlays or self._invalidations
                           or self._roots is not None or self._warm_up is not None):
                    self._cond.wait()
                if self._stopped:
                    return
                roots, self._roots = self._roots, None
                overlays, self._overlays = self._overlays, {}
                invalidations, self._invalidations = self._invalidations, set()
                job = self._checks.popitem(last=False)[1] if self._checks else None
                warm_up = None
                if job is None and self._warm_up is not None:  # only when nothing is waiting
                    warm_up, self._warm_up = self._warm_up, None
                self.busy_with = job.uri if job else None
            try:
                self._apply(roots, overlays, invalidations)
                if warm_up is not None:
                    self._do_warm_up(warm_up)
                if job is not None:
                    self._do_check(job)
            except BaseException:  # never let the worker die: log and go on
                log.exception("analysis worker error")
            finally:
                self.busy_with = None

    def _apply(self, roots, overlays, invalidations) -> None:
        if roots is not None:
            self._pool.reset(roots)
        for path, text in overlays.items():
            self._pool.set_overlay(path, text)
        for path in invalidations:
            self._pool.invalidate(path)

    def _do_warm_up(self, settings: Settings) -> None:
        started = time.perf_counter()
        try:
            self._pool.engine_for(settings).warm_up()
            # What warm-up loaded (jedi's torch state) lives as long as the server: move it out of
            # the collector's way so later collections only walk what edits allocate.
            gc.collect()
            gc.freeze()
            log.info("engine warm-up took %.3f s", time.perf_counter() - started)
        except Exception:
            log.exception("engine warm-up failed")

    def _do_check(self, job: CheckJob) -> None:
        started = time.perf_counter()
        report, error = None, None
        try:
            report = self._pool.engine_for(job.settings).check_source(job.path, job.text)
        except Exception as exc:  # the engine promises not to raise; if it does, say so and go on
            error = exc
            log.exception("check of %s failed", job.path)
        self._on_result(CheckResult(job, report, error, time.perf_counter() - started, started))
