from .run import FlightRun
from .steps import run_training

__all__ = ["FlightRun", "run_training"]
