"""The torchmode language server: document sync, scheduling, publishing, settings, code actions.

Everything here runs on pygls' event loop; the Engine runs on the AnalysisWorker thread. Results
come back through `loop.call_soon_threadsafe` and are published only if the document is still at
the analysed version and the settings did not change meanwhile (never a stale result).
"""

from __future__ import annotations

import asyncio
import functools
import gc
import inspect
import json
import logging
import os
import re
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urlparse

from lsprotocol import types
from pygls.exceptions import JsonRpcException, JsonRpcInvalidParams
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol
from pygls.protocol.language_server import lsp_method
from pygls.uris import to_fs_path

from torchmode import __version__, selection
from torchmode.findings import FileReport
from torchmode.lsp.code_actions import FIX_ALL_KIND, code_actions
from torchmode.lsp.config import SECTION, EditorConfig, editor_section, is_excluded
from torchmode.lsp.diagnostics import DiagnosticCache, Publication
from torchmode.lsp import flat_notebooks, notebooks
from torchmode.lsp.positions import PositionConverter, apply_change
from torchmode.lsp.transport import error_answer
from torchmode.lsp.worker import AnalysisWorker, CheckJob, CheckResult, EnginePool

log = logging.getLogger(__name__)

# Past this size a document is not analysed (a generated or data file opened by accident).
MAX_DOCUMENT_CHARS = 20_000_000
# How long the first check waits for the editor's answer to workspace/configuration.
CONFIGURATION_TIMEOUT = 5.0


def _make_engine(roots, *, interpreter, extra_paths):
    from torchmode.engine import Engine  # imported on the worker thread, where it is used

    return Engine(roots, interpreter=interpreter, extra_paths=extra_paths)


@functools.lru_cache(maxsize=4096)
def normalise(path: str) -> str:
    # Cached: realpath costs a syscall per path component, and paths are normalised on every
    # keystroke (overlays, dependents). A symlink changed while the server runs is not followed.
    return os.path.normcase(os.path.realpath(path))


def analysis_path(doc) -> str:
    """The path the engine knows a document by.

    Notebook cells (`vscode-notebook-cell:/nb.ipynb#cell-id`) all map to the notebook's path; the
    cell id keeps them apart, so one cell's results never stand in for another's.
    """
    path = normalise(doc.path)
    parsed = urlparse(doc.uri)
    if parsed.scheme not in ("file", "") and parsed.fragment:
        return f"{path}#{parsed.fragment}"
    return path


def is_file_document(doc) -> bool:
    return urlparse(doc.uri).scheme == "file"


class TorchmodeProtocol(LanguageServerProtocol):
    initialize_received = False

    def notify_raw(self, method: str, params: str) -> None:
        """A notification whose params are JSON text already (DiagnosticCache), sent as pygls'
        _send_data sends a message, without serialising them again."""
        if self.writer is None:
            log.error("unable to send %s: no transport", method)
            return
        body = f'{{"jsonrpc": "{self.VERSION}", "method": {json.dumps(method)}, "params": {params}}}'
        if self._include_headers:
            length = len(body.encode(self.CHARSET))
            body = f"Content-Length: {length}\r\nContent-Type: {self.CONTENT_TYPE}; charset={self.CHARSET}\r\n\r\n{body}"
        written = self.writer.write(body.encode(self.CHARSET))
        if inspect.isawaitable(written):
            asyncio.ensure_future(written)

    def handle_message(self, message):
        """The LSP lifecycle around pygls' dispatch, as the specification asks: a request before
        `initialize` gets ServerNotInitialized (pygls ran it, and it failed with -32603 on the
        missing workspace) and a notification then is dropped, except `exit`; a request after
        `shutdown` gets InvalidRequest (pygls leaves it unanswered). Answers to the server's own
        requests still count after `shutdown` (pygls drops them, pygls#605)."""
        method = getattr(message, "method", None)
        msg_id = getattr(message, "id", None)
        if method is None:  # an answer from the client
            if self._shutdown:
                future = self._request_futures.get(msg_id)
                if future is not None and not future.done():
                    self._handle_response(msg_id, getattr(message, "result", None), getattr(message, "error", None))
                return
            return super().handle_message(message)
        is_request = hasattr(message, "id")
        refusal = None
        if is_request and message.jsonrpc != self.VERSION:
            refusal = types.ErrorCodes.InvalidRequest, f"Invalid Request: jsonrpc must be {self.VERSION!r}"
        elif is_request and method == types.INITIALIZE:
            if self.initialize_received:
                refusal = types.ErrorCodes.InvalidRequest, "initialize may be sent only once"
            self.initialize_received = True
        elif is_request and not self.initialize_received:
            refusal = types.ErrorCodes.ServerNotInitialized, f"{method}: the server is not initialized (send initialize first)"
        elif is_request and self._shutdown:
            refusal = types.ErrorCodes.InvalidRequest, f"{method}: the server is shutting down (only exit is accepted)"
        elif not is_request and method != types.EXIT and (self._shutdown or not self.initialize_received):
            log.debug("dropped %s: %s", method, "after shutdown" if self._shutdown else "before initialize")
            return
        if refusal is not None:
            log.info("refused request %r (%s): %s", msg_id, method, refusal[1])
            self._send_data(error_answer(msg_id, *refusal))
            return
        super().handle_message(message)

    def _handle_cancel_notification(self, msg_id):
        """A cancellation of a request already answered is the usual race (the client gives up on
        an answer that is on its way); pygls logs it as a warning. Debug here."""
        future = self._request_futures.pop(msg_id, None)
        if future is None:
            log.debug("cancellation of request %r, already answered", msg_id)
        elif future.cancel():
            log.debug("cancelled request %r", msg_id)

    def structure_message(self, data):
        """Answer a request whose params cannot be read with a JSON-RPC error (pygls drops it)."""
        try:
            return super().structure_message(data)
        except JsonRpcException as error:
            if isinstance(data, dict) and "id" in data and "method" in data:
                if isinstance(error, JsonRpcInvalidParams) and not error.message:
                    error = JsonRpcInvalidParams(f"invalid params for {data['method']}")
                self._send_response(data["id"], error=error.to_response_error())
            raise

    def _execute_handler(self, msg_id, handler, callback, args=None, kwargs=None):
        """pygls files every handler's future under its message id, but only request answers take
        them out again: one future per notification (every keystroke's didChange) would stay
        forever. Take each out once it is done (cancellation only needs the running ones)."""
        super()._execute_handler(msg_id, handler, callback, args, kwargs)
        future = self._request_futures.get(msg_id)
        if future is not None:
            future.add_done_callback(lambda done, key=msg_id: self._forget_future_soon(key, done))

    def _forget_future_soon(self, key, future) -> None:
        # Not right away: pygls' `shutdown` cancels these futures while iterating over the table.
        try:
            asyncio.get_running_loop().call_soon(self._forget_future, key, future)
        except RuntimeError:  # no loop running here (a thread): nothing iterates concurrently
            self._forget_future(key, future)

    def _forget_future(self, key, future) -> None:
        if self._request_futures.get(key) is future:
            del self._request_futures[key]

    @lsp_method(types.TEXT_DOCUMENT_DID_CHANGE)
    def lsp_text_document__did_change(self, params: types.DidChangeTextDocumentParams):
        """Apply edits with LSP's line breaks (\\n, \\r\\n, \\r only).

        pygls' own version splits lines with str.splitlines, which also breaks at form feeds and
        U+2028, so an edit below such a character would land on the wrong line.
        """
        doc = self.workspace.text_documents.get(unquote(params.text_document.uri))
        if doc is not None:
            encoding = self.workspace.position_encoding or types.PositionEncodingKind.Utf16
            text = doc.source
            for change in params.content_changes:
                text = apply_change(text, change, encoding)
            doc.apply_change(types.TextDocumentContentChangeWholeDocument(text=text))
            doc.version = params.text_document.version
        if (handler := self.fm.features.get(types.TEXT_DOCUMENT_DID_CHANGE)) is not None:
            yield handler, (params,), None


class IdleCollector:
    """Python's cyclic garbage collector, run between checks rather than inside them. Once the
    server process hands it over (torchmode/server.py: take_over), automatic collection is off.
    After each published result the young generations are collected (mostly that check's
    garbage, ~0.5 ms, once the diagnostics are on their way); a full collection runs when no
    result was published for IDLE_S, or after FULL_EVERY results without one. The full ones
    matter: a file's previous context outlives one young collection (the engine keeps it for
    its fast path), so only a full one frees it; without them a 5,000-line file grew the server
    by 0.8 MB per keystroke for as long as typing went on. A full collection takes ~25 ms
    there, so it waits for a pause in the typing when one comes. In-process tests leave the
    collector as it is."""

    IDLE_S = 0.2
    FULL_EVERY = 50

    def __init__(self) -> None:
        self.active = False
        self._since_full = 0
        self._full: asyncio.TimerHandle | None = None

    def take_over(self) -> None:
        self.active = True
        gc.disable()

    def after_publish(self, loop: asyncio.AbstractEventLoop) -> None:
        if not self.active:
            return
        gc.disable()  # again: parso turns it back on whenever jedi loads a cached module
        gc.collect(1)
        self._since_full += 1
        if self._full is not None:
            self._full.cancel()
        if self._since_full >= self.FULL_EVERY:
            self._collect_all()
        else:
            self._full = loop.call_later(self.IDLE_S, self._collect_all)

    def _collect_all(self) -> None:
        self._full = None
        self._since_full = 0
        gc.collect()


@dataclass
class Published:
    version: int | None
    generation: int
    publication: Publication
    result_id: str

    @property
    def diagnostics(self) -> list[types.Diagnostic]:
        return self.publication.diagnostics


class TorchmodeServer(LanguageServer):
    def __init__(self, engine_factory=_make_engine):
        super().__init__(
            "torchmode",
            __version__,
            protocol_cls=TorchmodeProtocol,
            text_document_sync_kind=types.TextDocumentSyncKind.Incremental,
        )
        self.config = EditorConfig(warn=self.warn)
        self.generation = 0  # bumped whenever settings or workspace folders change
        self.pull_mode = False
        self.published: dict[str, Published] = {}
        self.diagnostic_cache = DiagnosticCache()
        self.dependencies: dict[str, set[str]] = {}  # uri -> normalised paths its result used
        self.scheduled: dict[str, tuple[int | None, int]] = {}  # uri -> (version, generation) queued
        self.waiters: dict[str, list[asyncio.Future]] = {}
        self.notes: dict[str, set[str]] = {}  # uri -> the notes already logged for it
        self.loop: asyncio.AbstractEventLoop | None = None
        self.worker = AnalysisWorker(EnginePool(engine_factory), self._result_from_worker)
        self._refresh_pending = False
        self.collector = IdleCollector()
        # Until the editor's settings arrived (workspace/configuration after `initialized`),
        # checks wait, so the first diagnostics already follow the user's settings.
        self.awaiting_configuration = False
        self.deferred: set[str] = set()
        self.notebooks: notebooks.NotebookSync | None = None  # set by create_server

    # -- logging ----------------------------------------------------------------------------------
    def log_to_client(self, message: str, kind=types.MessageType.Info) -> None:
        try:
            self.window_log_message(types.LogMessageParams(type=kind, message=message))
        except Exception:  # no transport yet/anymore: the local log has it
            log.debug("could not send log message", exc_info=True)

    def warn(self, message: str) -> None:
        log.warning("%s", message)
        self.log_to_client(message, types.MessageType.Warning)

    def report_server_error(self, error, source) -> None:
        """Handler errors go to the log, never to a pop-up (pygls' default shows a message)."""
        log.error("server error (%s): %s", getattr(source, "__name__", source), error)
        self.log_to_client(f"torchmode: internal error: {error}", types.MessageType.Error)

    # -- capabilities and state ---------------------------------------------------------------
    @property
    def encoding(self) -> str:
        return self.workspace.position_encoding or types.PositionEncodingKind.Utf16

    def client_supports(self, dotted: str) -> bool:
        value: Any = self.client_capabilities
        for part in dotted.split("."):
            value = getattr(value, part, None)
            if value is None:
                return False
        return bool(value)

    def roots(self) -> tuple[str, ...]:
        folders = [to_fs_path(f.uri) for f in self.workspace.folders.values()]
        if not folders and self.workspace.root_path:
            folders = [self.workspace.root_path]
        return tuple(normalise(f) for f in folders if f)

    def is_open(self, path: str) -> bool:
        wanted = normalise(path)
        return any(normalise(doc.path) == wanted for doc in self.workspace.text_documents.values())

    def open_document(self, uri: str):
        """The open document; our tables are keyed by its `uri` as the client spelt it."""
        return self.workspace.text_documents.get(unquote(uri))

    # -- scheduling -----------------------------------------------------------------------------
    def schedule(self, uri: str, reason: str = "edit") -> None:
        """Queue the current version of an open document for analysis (replacing an older one)."""
        doc = self.open_document(uri)
        if doc is None:
            return
        uri = doc.uri
        notebook = self.workspace.get_notebook_document(cell_uri=uri)
        if notebook is not None and self.notebooks is not None:  # a cell: its notebook is the program
            self.notebooks.schedule(notebook.uri, reason)
            return
        if self.awaiting_configuration:
            self.deferred.add(uri)
            return
        path = analysis_path(doc)
        settings = self.config.settings_for(path)
        self.scheduled[uri] = (doc.version, self.generation)
        text = doc.source
        if not settings.enable or is_excluded(path, settings, self.roots()) or len(text) > MAX_DOCUMENT_CHARS:
            if len(text) > MAX_DOCUMENT_CHARS:
                self.warn(f"torchmode: {path} is too large to analyse ({len(text):,} characters)")
            self.worker.forget(uri)
            self._publish(uri, doc.version, text, FileReport(path), settings)
            return
        self.worker.check(CheckJob(uri, path, doc.version, text, settings, self.generation, reason))

    def recheck_dependents(self, changed_path: str, except_uri: str | None = None) -> None:
        changed = normalise(changed_path)
        for uri, deps in list(self.dependencies.items()):
            if uri != except_uri and changed in deps and self.open_document(uri) is not None:
                log.debug("re-checking %s: %s changed", uri, changed)
                self.schedule(uri, reason="dependency")

    def recheck_all(self, reason: str) -> None:
        for doc in list(self.workspace.text_documents.values()):
            self.schedule(doc.uri, reason=reason)

    def settings_changed(self) -> None:
        self.generation += 1
        self.config.changed()
        self.worker.reset(self.roots())
        self.recheck_all("settings")

    # -- results --------------------------------------------------------------------------------
    def _result_from_worker(self, result: CheckResult) -> None:
        if self.loop is not None and not self.loop.is_closed():
            self.loop.call_soon_threadsafe(self._deliver, result)

    def _deliver(self, result: CheckResult) -> None:
        job = result.job
        if self.notebooks is not None and self.notebooks.owns(job.uri):
            self.notebooks.deliver(result)
            return
        doc = self.open_document(job.uri)
        if doc is None or doc.version != job.version or job.generation != self.generation:
            log.debug("dropping stale result for %s v%s", job.uri, job.version)
            return
        waited = (result.started_at - job.queued_at) * 1000
        log.info("checked %s v%s in %.1f ms (queued %.1f ms)", job.path, job.version, result.seconds * 1000, waited)
        report = result.report
        if report is None:
            self.warn(f"torchmode could not check {job.path}: {result.error}")
            report = FileReport(job.path)
        self.dependencies[job.uri] = {normalise(p) for p in report.dependencies} - {job.path}
        self._log_new_notes(job.uri, job.path, report.notes)
        delivered = time.perf_counter()
        self._publish(job.uri, job.version, job.text, report, job.settings)
        done = time.perf_counter()
        log.info("published %s v%s: %.1f ms after it was queued (hand-back %.1f ms, publish %.1f ms)",
                 job.path, job.version, (done - job.queued_at) * 1000,
                 (delivered - result.started_at - result.seconds) * 1000, (done - delivered) * 1000)
        if self.pull_mode and job.reason != "edit":
            self._request_refresh()
        self.collector.after_publish(self.loop)

    def _log_new_notes(self, uri: str, path: str, notes: list[str]) -> None:
        """Each note once per open document, naming the file once. While the user types, a syntax
        error's note changes with every keystroke only in its line numbers: that is the same
        note, not a new one for the log."""
        logged = self.notes.setdefault(uri, set())
        for note in notes:
            for prefix in (f"{path}: ", f"{os.path.basename(path)}: "):  # the engine may name the file
                note = note.removeprefix(prefix)
            key = re.sub(r"\d+", "N", note)
            if key not in logged:
                logged.add(key)
                self.log_to_client(f"torchmode: {path}: {note}", types.MessageType.Log)

    def _publish(self, uri, version, text, report: FileReport, settings) -> None:
        converter = PositionConverter(text, self.encoding)
        findings = selection.shown(list(report.findings), settings, text, converter.lines)
        if flat_notebooks.is_flat_notebook(uri):
            findings = [flat_notebooks.for_flat_notebook(finding) for finding in findings]
        shown = FileReport(report.path, findings, report.dependencies, report.notes)
        publication = self.diagnostic_cache.diagnostics(shown, uri, version, converter, self._converter_for)
        previous = self.published.get(uri)
        unchanged = previous is not None and previous.version == version and previous.publication.same_as(publication)
        # Same diagnostics for the same version (a dependency re-check that changed nothing): keep
        # the result id, so pull clients hear "unchanged", and do not push them again.
        result_id = previous.result_id if previous is not None and unchanged else f"{self.generation}.{version}"
        self.published[uri] = Published(version, self.generation, publication, result_id)
        if self.pull_mode:
            for waiter in self.waiters.pop(uri, []):
                if not waiter.done():
                    waiter.set_result(None)
        elif not unchanged:
            versioned = f', "version": {version}' if version is not None else ""
            protocol = self.protocol
            assert isinstance(protocol, TorchmodeProtocol), "create_server sets it"
            protocol.notify_raw(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS,
                                f'{{"uri": {json.dumps(uri)}, "diagnostics": {publication.payload}{versioned}}}')

    def _converter_for(self, path: str) -> PositionConverter | None:
        """Positions of related locations in other files: from the open buffer, else from disk."""
        for doc in self.workspace.text_documents.values():
            if normalise(doc.path) == normalise(path):
                return PositionConverter(doc.source, self.encoding)
        try:
            with open(path, encoding="utf-8") as handle:
                return PositionConverter(handle.read(), self.encoding)
        except (OSError, UnicodeDecodeError):
            return None

    def _request_refresh(self) -> None:
        """Ask a pull client to pull again (a dependency or the settings changed), once per burst."""
        if self._refresh_pending or not self.client_supports("workspace.diagnostics.refresh_support"):
            return
        self._refresh_pending = True

        def send():
            self._refresh_pending = False
            self.workspace_diagnostic_refresh(None)

        assert self.loop is not None, "set when the server starts"
        self.loop.call_later(0.05, send)

    def current_published(self, uri: str) -> Published | None:
        doc = self.open_document(uri)
        published = self.published.get(uri)
        if doc is None or published is None:
            return None
        if published.version != doc.version or published.generation != self.generation:
            return None
        return published

    async def wait_for_result(self, uri: str) -> Published | None:
        """The diagnostics of the document's current version, analysing it if needed (pull mode)."""
        while True:
            doc = self.open_document(uri)
            if doc is None:
                return None
            published = self.current_published(uri)
            if published is not None:
                return published
            if self.scheduled.get(uri) != (doc.version, self.generation) and not self.awaiting_configuration:
                self.schedule(uri)
                if self.current_published(uri) is not None:
                    continue  # answered at once (a disabled, excluded or oversized file)
            assert self.loop is not None, "set when the server starts"
            waiter = self.loop.create_future()
            self.waiters.setdefault(uri, []).append(waiter)
            try:
                await waiter
            finally:
                if waiter in self.waiters.get(uri, []):
                    self.waiters[uri].remove(waiter)

    # -- settings -------------------------------------------------------------------------------
    async def pull_configuration(self) -> None:
        if not self.client_supports("workspace.configuration"):
            return
        folders = list(self.workspace.folders.values())
        items = [types.ConfigurationItem(section=SECTION)]
        items += [types.ConfigurationItem(scope_uri=f.uri, section=SECTION) for f in folders]
        try:
            values = await asyncio.wait_for(
                self.workspace_configuration_async(types.ConfigurationParams(items=items)), CONFIGURATION_TIMEOUT
            )
        except Exception as error:
            self.warn(f"torchmode: could not read the editor settings: {error}")
            return
        values = list(values or [])
        self.config.global_section = editor_section(values[0]) if values else None
        self.config.folder_sections = {
            normalise(to_fs_path(f.uri)): editor_section(v)
            for f, v in zip(folders, values[1:])
            if v is not None and v != values[0]
        }


def create_server(engine_factory=_make_engine) -> TorchmodeServer:  # noqa: C901 - one place lists the features
    server = TorchmodeServer(engine_factory)
    server.notebooks = notebooks.register(server)

    @server.feature(types.INITIALIZE)
    def initialize(ls: TorchmodeServer, params: types.InitializeParams):
        ls.loop = asyncio.get_running_loop()
        ls.config.initialization = editor_section(params.initialization_options)
        ls.worker.reset(ls.roots())
        # Pull diagnostics only for clients that declare them; they then get no pushes at all.
        ls.pull_mode = ls.client_supports("text_document.diagnostic")
        ls.awaiting_configuration = ls.client_supports("workspace.configuration")
        if ls.pull_mode:
            ls.feature(
                types.TEXT_DOCUMENT_DIAGNOSTIC,
                types.DiagnosticOptions(identifier="torchmode", inter_file_dependencies=True, workspace_diagnostics=False),
            )(document_diagnostic)
        log.info("initialize: encoding=%s pull=%s roots=%s", ls.encoding, ls.pull_mode, ls.roots())

    async def document_diagnostic(ls: TorchmodeServer, params: types.DocumentDiagnosticParams):
        uri = params.text_document.uri
        published = await ls.wait_for_result(uri)
        if published is None:
            return types.RelatedFullDocumentDiagnosticReport(items=[])
        if params.previous_result_id == published.result_id:
            return types.RelatedUnchangedDocumentDiagnosticReport(result_id=published.result_id)
        return types.RelatedFullDocumentDiagnosticReport(items=published.diagnostics, result_id=published.result_id)

    @server.feature(types.INITIALIZED)
    async def initialized(ls: TorchmodeServer, params: types.InitializedParams):
        registrations = []
        if ls.client_supports("workspace.did_change_watched_files.dynamic_registration"):
            watchers = [types.FileSystemWatcher(glob_pattern=g) for g in ("**/*.py", "**/*.toml", "**/*.json", "**/*.yaml", "**/*.yml")]
            registrations.append(types.Registration(
                id="torchmode-watched-files",
                method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                register_options=types.DidChangeWatchedFilesRegistrationOptions(watchers=watchers),
            ))
        if ls.client_supports("workspace.did_change_configuration.dynamic_registration"):
            registrations.append(types.Registration(
                id="torchmode-configuration", method=types.WORKSPACE_DID_CHANGE_CONFIGURATION,
            ))
        if registrations:
            try:
                await ls.client_register_capability_async(types.RegistrationParams(registrations=registrations))
            except Exception as error:
                log.warning("dynamic registration failed: %s", error)
        try:
            await ls.pull_configuration()
        finally:
            ls.awaiting_configuration = False
            ls.config.changed()
            for uri in sorted(ls.deferred):
                ls.schedule(uri)
            ls.deferred.clear()
        ls.worker.warm_up(ls.config.settings_for(ls.roots()[0] if ls.roots() else os.getcwd()))

    @server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
    async def did_change_configuration(ls: TorchmodeServer, params: types.DidChangeConfigurationParams):
        if ls.client_supports("workspace.configuration"):
            await ls.pull_configuration()
        else:  # clients without workspace/configuration push the settings in the notification
            ls.config.global_section = editor_section(params.settings)
        ls.settings_changed()

    @server.feature(types.WORKSPACE_DID_CHANGE_WORKSPACE_FOLDERS)
    def did_change_folders(ls: TorchmodeServer, params):
        ls.settings_changed()

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: TorchmodeServer, params: types.DidOpenTextDocumentParams):
        doc = ls.open_document(params.text_document.uri)
        if is_file_document(doc):  # other modules can import it: its buffer is what they see
            ls.worker.set_overlay(normalise(doc.path), doc.source)
        ls.schedule(doc.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: TorchmodeServer, params: types.DidChangeTextDocumentParams):
        # TorchmodeProtocol has already applied the changes to the document.
        doc = ls.open_document(params.text_document.uri)
        if doc is None:
            return
        ls.schedule(doc.uri)
        if is_file_document(doc):
            ls.worker.set_overlay(normalise(doc.path), doc.source)
            ls.recheck_dependents(doc.path, except_uri=doc.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: TorchmodeServer, params: types.DidSaveTextDocumentParams):
        doc = ls.open_document(params.text_document.uri)
        if doc is None:
            return
        if os.path.basename(doc.path) == "pyproject.toml":
            ls.settings_changed()
            return
        # No engine.invalidate here: while the file is open its buffer (the overlay) is what counts,
        # and dropping its cached results would make the next keystroke a cold analysis.
        ls.recheck_dependents(doc.path, except_uri=doc.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: TorchmodeServer, params: types.DidCloseTextDocumentParams):
        uri = params.text_document.uri
        ls.worker.forget(uri)
        path = normalise(to_fs_path(uri)) if urlparse(uri).scheme == "file" else None
        if path is not None:
            ls.worker.set_overlay(path, None)  # the file on disk counts again for the others
            ls.worker.invalidate(path)
        for table in (ls.published, ls.dependencies, ls.scheduled, ls.notes):
            table.pop(uri, None)
        ls.diagnostic_cache.forget(uri)
        ls.deferred.discard(uri)
        for waiter in ls.waiters.pop(uri, []):
            waiter.cancel()
        if not ls.pull_mode:
            ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))
        if path is not None:
            ls.recheck_dependents(path)

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def did_change_watched_files(ls: TorchmodeServer, params: types.DidChangeWatchedFilesParams):
        settings_files = False
        for change in params.changes:
            path = to_fs_path(change.uri)
            if not path:
                continue
            if os.path.basename(path) == "pyproject.toml":
                settings_files = True
                continue
            if change.type != types.FileChangeType.Deleted and ls.is_open(path):
                continue  # the editor's buffer wins over the disk (a save of an open file lands here too)
            ls.worker.invalidate(normalise(path))
            ls.recheck_dependents(path)
        if settings_files:
            ls.settings_changed()

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix, FIX_ALL_KIND]),
    )
    def code_action(ls: TorchmodeServer, params: types.CodeActionParams):
        # Answered from the last published diagnostics on the event loop: never waits for analysis.
        doc = ls.open_document(params.text_document.uri)
        if doc is None:
            return []
        published = ls.current_published(doc.uri)
        return code_actions(
            doc.uri,
            doc.version,
            params,
            published.diagnostics if published else [],
            ls.config.settings_for(normalise(doc.path)),
            ls.client_supports("workspace.workspace_edit.document_changes"),
        )

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: TorchmodeServer, params):
        ls.worker.stop()

    return server
