from .engine import Runner
from .model import KilnNet
from .handlers import attach_handlers

__all__ = ["Runner", "KilnNet", "attach_handlers"]
