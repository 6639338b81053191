from .parse import load_schedule

__all__ = ["load_schedule"]
