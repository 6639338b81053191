from .registry import build_model, register
from . import seqnet  # noqa: F401  (registers models)
