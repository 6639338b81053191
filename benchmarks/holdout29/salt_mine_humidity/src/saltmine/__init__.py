from .model import HumidityGRU
from .engine import Loop
