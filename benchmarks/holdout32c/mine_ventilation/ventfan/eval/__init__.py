from .validate import run_validation

__all__ = ["run_validation"]
