from .model import StaveNet
from .core import HookedLoop
