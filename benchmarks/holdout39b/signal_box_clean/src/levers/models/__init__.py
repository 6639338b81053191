from .registry import build_model, register
from . import lever_net  # noqa: F401  (registers the models)
