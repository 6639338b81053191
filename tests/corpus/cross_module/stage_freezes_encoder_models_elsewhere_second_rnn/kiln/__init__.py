from .factory import make_model
from . import nets  # noqa: F401  (registers the models)
from .stages.runner import run_stages

__all__ = ["make_model", "run_stages"]
