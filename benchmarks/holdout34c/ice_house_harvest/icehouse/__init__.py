"""icehouse: melt-loss forecasting for a country-estate ice house (blocks cut from the lake in winter)."""
from .tasks import MeltTask, build_task

__all__ = ["MeltTask", "build_task"]
