from .kettle import KettleGRU

__all__ = ["KettleGRU"]
