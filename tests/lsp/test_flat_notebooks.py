"""A notebook as JupyterLab sends it (jupyterlab-lsp 5.3.0 with JupyterLab 4.6.6): no notebook
sync, one Python text document under the notebook's own file URI, its cells joined. The finding
lands on the joined document's line (JupyterLab maps it into the cell) and its message names no
line of that document, which the user never sees. tests/test_jupyterlab.py shows it in the browser."""

from __future__ import annotations

import json
import re

from lsprotocol import types

from .conftest import file_uri, lsp_session, wait_for_diagnostics

# The text of jupyterlab-lsp's `textDocument/didOpen` for NOTEBOOK_CELLS, as recorded from a real
# JupyterLab: markdown cells as empty lines, two blank lines between cells, `%magic` rewritten.
JOINED = (
    "\n\n\n"
    'get_ipython().run_line_magic("matplotlib", " inline")\nimport torch\nimport torch.nn as nn\n\nmodel = nn.LSTM(4, 8)\n'
    "\n\n"
    "model.eval()\nwith torch.no_grad():\n    preview, _ = model(torch.randn(3, 1, 4))\n"
    "\n\n\n\n\n"
    "out, _ = model(torch.randn(3, 1, 4))\nloss = out.sum()\nloss.backward()\n"
)
NOTEBOOK_CELLS = [
    ("markdown", "# LSTM tagger"),
    ("code", "%matplotlib inline\nimport torch\nimport torch.nn as nn\n\nmodel = nn.LSTM(4, 8)"),
    ("code", "model.eval()\nwith torch.no_grad():\n    preview, _ = model(torch.randn(3, 1, 4))"),
    ("markdown", "## Fine-tune"),
    ("code", "out, _ = model(torch.randn(3, 1, 4))\nloss = out.sum()\nloss.backward()"),
]
BACKWARD_LINE = JOINED.splitlines().index("loss.backward()")
LINE_NUMBER = re.compile(r"\bline \d+")


def open_text(client, uri: str, text: str) -> None:
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id="python", version=0, text=text)))


async def test_joined_notebook_gets_the_finding_without_line_numbers(tmp_path):
    notebook = tmp_path / "tagger.ipynb"
    notebook.write_text(json.dumps({"cells": [{"cell_type": kind, "metadata": {}, "source": text}
                                              for kind, text in NOTEBOOK_CELLS],
                                    "metadata": {}, "nbformat": 4, "nbformat_minor": 5}), encoding="utf-8")
    script = tmp_path / "tagger.py"  # the same text as a script: there the line numbers are the user's
    async with lsp_session(tmp_path) as client:
        open_text(client, file_uri(notebook), JOINED)
        open_text(client, file_uri(script), JOINED)
        [in_notebook] = await wait_for_diagnostics(client, file_uri(notebook))
        [in_script] = await wait_for_diagnostics(client, file_uri(script))
    assert in_notebook.code == "TM001" and in_notebook.range.start.line == BACKWARD_LINE
    assert "`model.eval()`" in in_notebook.message and not LINE_NUMBER.search(in_notebook.message), in_notebook.message
    assert all(not LINE_NUMBER.search(item.message) for item in in_notebook.related_information or [])
    assert in_script.range == in_notebook.range
    assert LINE_NUMBER.search(in_script.message), in_script.message
