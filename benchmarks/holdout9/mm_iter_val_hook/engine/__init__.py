from .registry import HOOKS, MODELS, build_from_cfg
from .runner import Runner
from . import hooks  # noqa: F401

__all__ = ["HOOKS", "MODELS", "build_from_cfg", "Runner"]
