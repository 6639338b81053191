from .saliency import GaugeSaliency
