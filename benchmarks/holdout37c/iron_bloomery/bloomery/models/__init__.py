from .slag import SlagGRU
