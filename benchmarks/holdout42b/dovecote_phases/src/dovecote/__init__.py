from .pipeline import run_pipeline
from .nets import CountNet

__all__ = ["run_pipeline", "CountNet"]
