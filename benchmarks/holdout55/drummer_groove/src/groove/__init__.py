from .engine import Loop
from .callbacks import ValidationCallback, PrintCallback
