from .engine import initialize
