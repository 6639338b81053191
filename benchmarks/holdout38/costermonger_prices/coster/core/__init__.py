from .net import PriceNet
from .loop import Loop
