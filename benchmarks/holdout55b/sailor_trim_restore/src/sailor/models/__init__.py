from .registry import build_model, register
from . import trim_net  # noqa: F401  (registers models)
