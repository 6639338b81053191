"""The torchmode language server, one module per concern:

- server.py: the pygls server, its features (document sync, settings, code actions) and publishing
- worker.py: the single analysis thread and its superseding queue
- diagnostics.py: findings -> LSP diagnostics, fixes serialised into Diagnostic.data
- code_actions.py: quick fixes and source.fixAll.torchmode from Diagnostic.data
- config.py: editor settings layered over pyproject.toml
- positions.py: code points <-> the negotiated position encoding
- transport.py: reading messages off stdio, surviving broken framing (pygls' reader does not)
"""
