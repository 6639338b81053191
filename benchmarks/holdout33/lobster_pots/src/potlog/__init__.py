from .nets import CatchGRU
from .stream import epoch_stream, pot_strings

__all__ = ["CatchGRU", "epoch_stream", "pot_strings"]
