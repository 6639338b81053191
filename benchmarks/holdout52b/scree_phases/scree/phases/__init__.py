from .runner import run_plan

__all__ = ["run_plan"]
