"""powdermill: press-cake density from edge-runner traces, trained stage by stage."""
from .factory import build_model, export_state
from .runner import Runner

__all__ = ["build_model", "export_state", "Runner"]
