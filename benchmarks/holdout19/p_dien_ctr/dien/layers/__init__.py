from .augru import AUGRUCell, DIEN

__all__ = ["AUGRUCell", "DIEN"]
