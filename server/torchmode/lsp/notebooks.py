"""Notebook document sync: a notebook's code cells are analysed as one program.

With `notebookDocumentSync` declared for Jupyter notebooks (every cell), the client sends
`notebookDocument/didOpen|didChange|didSave|didClose` (pygls keeps the notebook and its cell
documents in the workspace) instead of one text document per cell. Every change queues the
notebook's program (torchmode.notebook: code cells in order, IPython syntax as no-ops) on the
analysis worker under the notebook's URI; the result is published cell by cell, positions and
fix edits in each cell's own text, so quick fixes edit the right cell. The engine keeps the
chunks of unchanged cells, so a keystroke re-analyses what the changed cell touches.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from urllib.parse import unquote, urlparse

from lsprotocol import types
from pygls.uris import to_fs_path

from torchmode import selection
from torchmode.findings import FileReport, Finding, Related
from torchmode.lsp.diagnostics import Publication, range_json, to_diagnostics
from torchmode.lsp.positions import PositionConverter
from torchmode.lsp.worker import CheckJob, CheckResult
from torchmode.notebook import Notebook, notebook_from_cells

log = logging.getLogger(__name__)

# Every cell, markdown included (no `cells` filter): clients send only the cells a filter names, and
# findings name cells by their number among all cells, as the CLI and Jupyter count them. With only
# the Python cells synced, "cell 3" in a message would be the third code cell.
NOTEBOOK_SYNC = types.NotebookDocumentSyncOptions(
    notebook_selector=[types.NotebookDocumentFilterWithNotebook(notebook="jupyter-notebook")],
    save=True,
)


@dataclass
class _Queued:
    version: int
    notebook: Notebook
    cells: dict[int, tuple[str, int]]  # cell index -> (cell document uri, its version)


class NotebookSync:
    def __init__(self, server) -> None:
        self.server = server
        self.queued: dict[str, _Queued] = {}  # notebook uri -> what was last sent to the worker
        self.cell_uris: dict[str, set[str]] = {}  # notebook uri -> cell uris with published diagnostics

    def owns(self, uri: str) -> bool:
        return uri in self.queued

    def notebook_of_cell(self, cell_uri: str):
        return self.server.workspace.get_notebook_document(cell_uri=cell_uri)

    def _path(self, uri: str) -> str:
        from torchmode.lsp.server import normalise  # here: server.py imports this module

        parsed = urlparse(uri)
        return normalise(to_fs_path(uri)) if parsed.scheme == "file" else unquote(parsed.path or uri)

    def schedule(self, uri: str, reason: str = "edit") -> None:
        ls = self.server
        document = ls.workspace.get_notebook_document(notebook_uri=uri)
        if document is None:
            return
        uri = document.uri
        if ls.awaiting_configuration:  # the editor's settings are on their way; check then
            ls.loop.call_later(0.05, self.schedule, uri, reason)
            return
        cells, sources = {}, []
        for index, cell in enumerate(document.cells):
            if cell.kind != types.NotebookCellKind.Code:
                continue
            text_document = ls.workspace.text_documents.get(unquote(cell.document))
            if text_document is None:
                continue
            language = text_document.language_id
            sources.append((index, text_document.source, None if language in (None, "", "python") else language))
            cells[index] = (text_document.uri, text_document.version)
        path = self._path(uri)
        notebook = notebook_from_cells(path, sources)
        settings = ls.config.settings_for(path)
        self.queued[uri] = _Queued(document.version, notebook, cells)
        from torchmode.lsp.config import is_excluded

        if not settings.enable or is_excluded(path, settings, ls.roots()):
            ls.worker.forget(uri)
            self._publish(uri, self.queued[uri], FileReport(path), settings)
            return
        ls.worker.check(CheckJob(uri, path, document.version, notebook.program, settings, ls.generation, reason))

    def deliver(self, result: CheckResult) -> None:
        ls = self.server
        job = result.job
        document = ls.workspace.get_notebook_document(notebook_uri=job.uri)
        queued = self.queued.get(job.uri)
        if (document is None or queued is None or document.version != job.version or queued.version != job.version
                or job.generation != ls.generation):
            log.debug("dropping stale result for notebook %s v%s", job.uri, job.version)
            return
        report = result.report
        if report is None:
            ls.warn(f"torchmode could not check {job.path}: {result.error}")
            report = FileReport(job.path)
        ls.dependencies[job.uri] = set(report.dependencies) - {job.path}
        ls._log_new_notes(job.uri, job.path, queued.notebook.notes + list(report.notes))
        self._publish(job.uri, queued, report, job.settings)
        ls.collector.after_publish(ls.loop)

    def _publish(self, uri: str, queued: _Queued, report: FileReport, settings) -> None:
        """Each cell's diagnostics, on the cell's own document (empty for a cell without any)."""
        ls = self.server
        book = queued.notebook
        converters = {
            cell.index: PositionConverter(cell.source, ls.encoding) for cell in book.code_cells if cell.index in queued.cells
        }
        by_cell: dict[int, list[types.Diagnostic]] = {index: [] for index in queued.cells}
        # As for a file (server._publish): selected codes, their severities, none suppressed by a noqa comment.
        for finding in selection.shown(list(report.findings), settings, book.program):
            number, where = book.locate_range(finding.range)
            if number is None or number - 1 not in queued.cells:
                continue
            index = number - 1
            cell_uri, cell_version = queued.cells[index]
            mapped, elsewhere = self._in_cell(book, finding, index, where)
            diagnostics = to_diagnostics(FileReport(finding.path, [mapped]), cell_uri, cell_version,
                                         converters[index], ls._converter_for)
            if not diagnostics:
                continue
            diagnostic = diagnostics[0]
            diagnostic.data = {**(diagnostic.data or {}), "fixes": self._cell_fixes(book, finding, queued, converters)}
            for other_index, span, message in elsewhere:
                if other_index in queued.cells:
                    location = types.Location(uri=queued.cells[other_index][0],
                                              range=converters[other_index].range_to_client(span))
                    diagnostic.related_information = [*(diagnostic.related_information or []),
                                                      types.DiagnosticRelatedInformation(location=location, message=message)]
            by_cell[index].append(diagnostic)
        for index, diagnostics in by_cell.items():
            cell_uri, cell_version = queued.cells[index]
            self._publish_cell(cell_uri, cell_version, diagnostics)
        gone = self.cell_uris.get(uri, set()) - {cell_uri for cell_uri, _ in queued.cells.values()}
        for cell_uri in gone:  # cells deleted since the last result
            self.clear(cell_uri)
        self.cell_uris[uri] = {cell_uri for cell_uri, _ in queued.cells.values()}

    @staticmethod
    def _cell_fixes(book: Notebook, finding: Finding, queued: _Queued, converters: dict) -> list[dict]:
        """The finding's fixes as `Diagnostic.data` carries them, each edit naming its cell's document: the
        `train()` line often goes into another cell than the finding's (the loop's, when eval() comes back
        through it), and a quick fix may edit any document."""
        fixes = []
        for fix in finding.fixes:
            edits = []
            for index, cell_edits in book.cell_edits(fix).items():
                if index not in queued.cells:
                    break
                cell_uri, cell_version = queued.cells[index]
                edits += [{"range": range_json(converters[index].range_to_client(edit.range)),
                           "newText": edit.new_text, "uri": cell_uri, "version": cell_version} for edit in cell_edits]
            if len(edits) == len(fix.edits):  # every edit in a code cell of this notebook
                fixes.append({"title": book.cell_message(fix.title), "kind": fix.kind, "preferred": fix.preferred,
                              "edits": edits})
        return fixes

    @staticmethod
    def _in_cell(book: Notebook, finding: Finding, index: int, where) -> tuple[Finding, list]:
        """The finding in its cell's coordinates (its fixes: _cell_fixes), and its related locations in
        other cells."""
        related, elsewhere = [], []
        for item in finding.related:
            if item.path != finding.path:
                related.append(item)
                continue
            number, span = book.locate_range(item.range)
            message = book.cell_message(item.message)
            if number == index + 1:
                related.append(Related(item.path, span, message))
            elif number is not None:
                elsewhere.append((number - 1, span, message))
        mapped = Finding(finding.code, book.cell_message(finding.message), finding.path, where, finding.severity,
                         tuple(related), ())
        return mapped, elsewhere

    def _publish_cell(self, cell_uri: str, version: int, diagnostics: list[types.Diagnostic]) -> None:
        from torchmode.lsp.server import Published  # here: server.py imports this module

        ls = self.server
        previous = ls.published.get(cell_uri)
        publication = Publication(diagnostics=diagnostics)
        unchanged = previous is not None and previous.version == version and previous.publication.same_as(publication)
        result_id = previous.result_id if unchanged else f"{ls.generation}.{version}"
        ls.published[cell_uri] = Published(version, ls.generation, publication, result_id)
        if ls.pull_mode:
            for waiter in ls.waiters.pop(cell_uri, []):
                if not waiter.done():
                    waiter.set_result(None)
        elif not unchanged:
            ls.text_document_publish_diagnostics(
                types.PublishDiagnosticsParams(uri=cell_uri, diagnostics=diagnostics, version=version))

    def clear(self, cell_uri: str) -> None:
        ls = self.server
        ls.published.pop(cell_uri, None)
        for waiter in ls.waiters.pop(cell_uri, []):
            waiter.cancel()
        if not ls.pull_mode:
            ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=cell_uri, diagnostics=[]))

    def close(self, uri: str, cell_uris: list[str]) -> None:
        self.server.worker.forget(uri)
        self.queued.pop(uri, None)
        self.server.dependencies.pop(uri, None)
        for cell_uri in set(cell_uris) | self.cell_uris.pop(uri, set()):
            self.clear(cell_uri)


def register(server) -> NotebookSync:
    """Declare notebook sync (read by pygls when it answers `initialize`) and handle it."""
    server._notebook_document_sync = NOTEBOOK_SYNC
    sync = NotebookSync(server)

    @server.feature(types.NOTEBOOK_DOCUMENT_DID_OPEN)
    def did_open(ls, params: types.DidOpenNotebookDocumentParams):
        sync.schedule(params.notebook_document.uri)

    @server.feature(types.NOTEBOOK_DOCUMENT_DID_CHANGE)
    def did_change(ls, params: types.DidChangeNotebookDocumentParams):
        sync.schedule(params.notebook_document.uri)

    @server.feature(types.NOTEBOOK_DOCUMENT_DID_SAVE)
    def did_save(ls, params: types.DidSaveNotebookDocumentParams):
        pass  # the buffer is what was analysed; nothing imports a notebook

    @server.feature(types.NOTEBOOK_DOCUMENT_DID_CLOSE)
    def did_close(ls, params: types.DidCloseNotebookDocumentParams):
        sync.close(params.notebook_document.uri, [cell.uri for cell in params.cell_text_documents])

    return sync
