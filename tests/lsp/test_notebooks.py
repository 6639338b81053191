"""Notebook document sync over the real server: the notebook is one program, findings land on
the right cell document, and the quick fix edits that cell."""

from __future__ import annotations

from lsprotocol import types

from .conftest import apply_text_edits, capabilities, file_uri, lsp_session, wait_for_diagnostics, wait_until
from .test_code_actions import request_actions

CELLS = [
    ("markdown", "# Tagger"),
    ("code", "%matplotlib inline\n!pip install x\nimport torch\nfrom torch import nn\n"),
    ("code", "class Tagger(nn.Module):\n    def __init__(self):\n        super().__init__()\n"
             "        self.lstm = nn.LSTM(4, 8, batch_first=True)\n        self.head = nn.Linear(8, 2)\n\n"
             "    def forward(self, x):\n        out, _ = self.lstm(x)\n        return self.head(out[:, -1])\n"),
    ("markdown", "## Evaluation"),
    ("code", "def evaluate(model):\n    model.eval()\n    with torch.no_grad():\n"
             "        return model(torch.randn(2, 7, 4)).sum().item()\n"),
    ("code", "model = Tagger()\noptimizer = torch.optim.SGD(model.parameters(), lr=0.1)\nprint(evaluate(model))\n"),
    ("code", "for epoch in range(2):\n    x = torch.randn(5, 7, 4)\n    loss = model(x).pow(2).mean()\n"
             "    optimizer.zero_grad()\n    loss.backward()\n    optimizer.step()\n"),
]
LOOP = 6
BACKWARD_ROW = CELLS[LOOP][1].splitlines().index("    loss.backward()")


def notebook_caps() -> types.ClientCapabilities:
    caps = capabilities()
    caps.notebook_document = types.NotebookDocumentClientCapabilities(
        synchronization=types.NotebookDocumentSyncClientCapabilities(execution_summary_support=False))
    return caps


def cell_uri(notebook: str, index: int) -> str:
    return f"vscode-notebook-cell:{notebook.removeprefix('file://')}#cell{index}"


def cell_language(kind: str) -> str:
    return "python" if kind == "code" else "markdown"


def synced_cells(client, cells) -> list[int]:
    """The cells a client sends, as the spec (and vscode-languageclient) says: those of the server's
    notebook selector's `cells` languages, or all of them when the selector names none."""
    selector = client.init_result.capabilities.notebook_document_sync.notebook_selector
    languages = set()
    for entry in selector:
        if entry.notebook != "jupyter-notebook":
            continue
        if not getattr(entry, "cells", None):
            return list(range(len(cells)))
        languages |= {cell.language for cell in entry.cells}
    return [i for i, (kind, _) in enumerate(cells) if cell_language(kind) in languages]


def open_notebook(client, path, cells) -> tuple[str, dict[int, str]]:
    uri = file_uri(path)
    path.write_text("{}", encoding="utf-8")
    cell_uris = {i: cell_uri(uri, i) for i in range(len(cells))}
    sent = synced_cells(client, cells)
    client.notebook_document_did_open(types.DidOpenNotebookDocumentParams(
        notebook_document=types.NotebookDocument(
            uri=uri, notebook_type="jupyter-notebook", version=1,
            cells=[types.NotebookCell(kind=types.NotebookCellKind.Code if cells[i][0] == "code" else types.NotebookCellKind.Markup,
                                      document=cell_uris[i]) for i in sent]),
        cell_text_documents=[types.TextDocumentItem(uri=cell_uris[i], language_id=cell_language(cells[i][0]),
                                                    version=1, text=cells[i][1]) for i in sent],
    ))
    return uri, cell_uris


async def test_finding_on_the_loop_cell_and_the_fix_edits_that_cell(tmp_path):
    async with lsp_session(tmp_path, caps=notebook_caps()) as client:
        sync = client.init_result.capabilities.notebook_document_sync
        assert sync is not None and sync.notebook_selector[0].notebook == "jupyter-notebook"
        uri, cell_uris = open_notebook(client, tmp_path / "nb.ipynb", CELLS)
        [diagnostic] = await wait_for_diagnostics(client, cell_uris[LOOP], version=1)
        assert diagnostic.range.start.line == BACKWARD_ROW
        # evaluate()'s model.eval(), named by its number among all cells, markdown included (as the CLI
        # and Jupyter count): so the server must have the markdown cells synced too.
        assert "cell 5, line 2" in diagnostic.message
        related = {(r.location.uri, r.location.range.start.line) for r in diagnostic.related_information}
        assert (cell_uris[4], 1) in related
        assert await wait_for_diagnostics(client, cell_uris[4], version=1) == []

        [preferred, *_] = await request_actions(client, cell_uris[LOOP], [diagnostic], line=BACKWARD_ROW)
        [change] = preferred.edit.document_changes
        assert change.text_document.uri == cell_uris[LOOP] and change.text_document.version == 1
        fixed = apply_text_edits(CELLS[LOOP][1], change.edits)
        assert "    model.train()\n    loss = model(x)" in fixed

        client.notebook_document_did_change(types.DidChangeNotebookDocumentParams(
            notebook_document=types.VersionedNotebookDocumentIdentifier(uri=uri, version=2),
            change=types.NotebookDocumentChangeEvent(cells=types.NotebookDocumentCellChanges(text_content=[
                types.NotebookDocumentCellContentChanges(
                    document=types.VersionedTextDocumentIdentifier(uri=cell_uris[LOOP], version=2),
                    changes=[types.TextDocumentContentChangeWholeDocument(text=fixed)])])),
        ))
        assert await wait_for_diagnostics(client, cell_uris[LOOP], version=2) == []

        before = len(client.publications)
        client.notebook_document_did_close(types.DidCloseNotebookDocumentParams(
            notebook_document=types.NotebookDocumentIdentifier(uri=uri),
            cell_text_documents=[types.TextDocumentIdentifier(uri=u) for u in cell_uris.values()]))
        # Every cell's diagnostics are cleared when the notebook closes.
        await wait_until(lambda: {p.uri for _, p in client.publications[before:] if not p.diagnostics}
                         >= {cell_uris[i] for i, (kind, _) in enumerate(CELLS) if kind == "code"},
                         what="cleared on close")


async def test_a_cell_inserted_before_the_loop_clears_it_and_the_clean_notebook_is_silent(tmp_path):
    async with lsp_session(tmp_path, caps=notebook_caps()) as client:
        uri, cell_uris = open_notebook(client, tmp_path / "nb.ipynb", CELLS)
        assert len(await wait_for_diagnostics(client, cell_uris[LOOP], version=1)) == 1
        before = len(client.publications)
        new_cell = cell_uri(uri, 99)
        client.notebook_document_did_change(types.DidChangeNotebookDocumentParams(
            notebook_document=types.VersionedNotebookDocumentIdentifier(uri=uri, version=2),
            change=types.NotebookDocumentChangeEvent(cells=types.NotebookDocumentCellChanges(
                structure=types.NotebookDocumentCellChangeStructure(
                    array=types.NotebookCellArrayChange(start=LOOP, delete_count=0, cells=[
                        types.NotebookCell(kind=types.NotebookCellKind.Code, document=new_cell)]),
                    did_open=[types.TextDocumentItem(uri=new_cell, language_id="python", version=1,
                                                     text="%time model.train()\n")])))))

        def loop_cleared():
            return any(p.uri == cell_uris[LOOP] and not p.diagnostics for _, p in client.publications[before:])

        await wait_until(loop_cleared, what="the loop cell's finding cleared")
        assert all(not p.diagnostics for _, p in client.publications[before:])

    clean = CELLS[:5] + [("code", CELLS[5][1].replace("print(evaluate(model))\n", "")), CELLS[LOOP]]
    async with lsp_session(tmp_path, caps=notebook_caps()) as client:
        _, cell_uris = open_notebook(client, tmp_path / "clean.ipynb", clean)
        assert await wait_for_diagnostics(client, cell_uris[LOOP], version=1) == []
