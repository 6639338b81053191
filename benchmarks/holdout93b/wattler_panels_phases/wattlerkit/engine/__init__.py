from .phases import run_schedule

__all__ = ["run_schedule"]
