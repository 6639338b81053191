from .loop import Loop
from .callbacks import Callback, ValLossCallback, LRLogger
