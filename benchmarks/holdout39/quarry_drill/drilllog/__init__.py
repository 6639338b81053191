from .engine import Engine
from .net import WearNet
from .callbacks import default_callbacks
