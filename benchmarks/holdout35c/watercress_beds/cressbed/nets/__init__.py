from .outflow import OutflowGRU

__all__ = ["OutflowGRU"]
