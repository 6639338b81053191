"""Notebooks that arrive as one Python text document (JupyterLab).

JupyterLab's LSP client (jupyterlab-lsp 5, JupyterLab 4) has no notebook document sync: it joins a
notebook's cells into one Python document (markdown cells as blank lines, two blank lines between
cells, IPython syntax rewritten as `get_ipython()` calls on the same lines) and opens it under the
notebook's own `file://…/name.ipynb` URI. It maps the diagnostics' ranges back into the cells
itself, so they are analysed as any Python document. Only the messages need care: a line number
there names a line of the joined document, which the user never sees, so it is left out (the code
it refers to is quoted in the message anyway).
"""

from __future__ import annotations

import dataclasses
import re
from urllib.parse import unquote, urlparse

from torchmode.findings import Finding

# Backticked code is matched first and kept as it is, so a `line 3` inside quoted code stays.
_LINE_REFERENCE = re.compile(r"(`[^`]*`)|\s*\(line \d+\)|,\s*line \d+|\s+(?:at|on) line \d+")


def is_flat_notebook(uri: str) -> bool:
    """A file document named like a notebook: JupyterLab's joined cells (a cell of a notebook in
    VS Code is `vscode-notebook-cell:/….ipynb#…`, and notebook sync handles it)."""
    parsed = urlparse(uri)
    return parsed.scheme == "file" and not parsed.fragment and unquote(parsed.path).lower().endswith(".ipynb")


def without_line_numbers(message: str) -> str:
    return _LINE_REFERENCE.sub(lambda match: match.group(1) or "", message)


def for_flat_notebook(finding: Finding) -> Finding:
    related = tuple(dataclasses.replace(item, message=without_line_numbers(item.message)) for item in finding.related)
    return dataclasses.replace(finding, message=without_line_numbers(finding.message), related=related)
