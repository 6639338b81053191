from .engine import Valuer
