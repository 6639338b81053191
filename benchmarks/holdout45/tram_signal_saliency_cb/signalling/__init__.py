from .engine import Engine
from .callbacks import CALLBACKS, build_callbacks
from .model import AspectPredictor
