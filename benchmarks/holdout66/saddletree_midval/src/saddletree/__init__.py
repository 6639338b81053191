from .engine import Engine
from .tasks import SeatTask

__all__ = ["Engine", "SeatTask"]
