from .models import BellowsNet
from .pipeline import load_config, run_pipeline

__all__ = ["BellowsNet", "load_config", "run_pipeline"]
