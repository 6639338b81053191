from .nets import build, REGISTRY
from .engine import Engine
