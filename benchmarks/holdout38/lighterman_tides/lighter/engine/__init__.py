from .model import TideNet, build
from .runner import Engine
