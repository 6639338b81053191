from .loop import HookedLoop
