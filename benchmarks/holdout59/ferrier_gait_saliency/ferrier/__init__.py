from .callbacks import build_callbacks
from .data import strike_loader
from .engine import Engine
from .model import HoofGRU
