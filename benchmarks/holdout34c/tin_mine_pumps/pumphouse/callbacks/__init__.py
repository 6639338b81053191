from .base import Callback
from .logging import PrintLogger
from .saliency import GaugeSaliency


def default_callbacks():
    return [PrintLogger(), GaugeSaliency(every=1)]


__all__ = ["Callback", "PrintLogger", "GaugeSaliency", "default_callbacks"]
