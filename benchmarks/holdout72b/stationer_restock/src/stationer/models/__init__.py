from .registry import REGISTRY, register, build_model
from . import ledger  # noqa: F401  (registers models)
