"""torchmode as a JupyterLab language server.

jupyter-lsp (the server half of jupyterlab-lsp) finds language servers through the entry point
group `jupyter_lsp_spec_v1` (pyproject.toml): it calls `spec(manager)` and starts
`argv` for every notebook or file whose MIME type is listed. The server runs with the
interpreter JupyterLab runs with and resolves that environment's packages (usually the kernel's too).

JupyterLab sends a notebook as one Python text document, its cells joined, under the notebook's own
URI (lsp/flat_notebooks.py); `requires_documents_on_disk: False` keeps jupyter-lsp from also writing
copies of it into a `.virtual_documents` folder in the user's project.
"""

from __future__ import annotations

import sys
from typing import Any

KEY = "torchmode"


def spec(manager: Any = None) -> dict[str, dict[str, Any]]:
    """{key: spec} in jupyter-lsp's spec schema, version 2 (jupyter_lsp/schema/schema.json)."""
    return {
        KEY: {
            "version": 2,
            "argv": [sys.executable, "-m", "torchmode", "serve"],
            "languages": ["python"],
            "display_name": "torchmode",
            "mime_types": ["text/python", "text/x-ipython"],
            # The document's text is all it needs; other modules of the project are read from disk.
            "requires_documents_on_disk": False,
            "env": {"PYTHONUNBUFFERED": "1"},
            "urls": {"home": "https://github.com/torchmode/torchmode"},
            "install": {"pip": "pip install torchmode jupyterlab jupyterlab-lsp"},
        }
    }
