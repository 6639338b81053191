from .model import KilnNet, kiln_runs

__all__ = ["KilnNet", "kiln_runs"]
