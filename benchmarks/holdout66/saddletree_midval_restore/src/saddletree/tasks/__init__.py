from .seat import SeatTask

__all__ = ["SeatTask"]
