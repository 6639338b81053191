from .engine import Engine
from . import callbacks
