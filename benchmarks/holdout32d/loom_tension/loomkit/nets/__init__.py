from .tension import TensionNet, warp_batch

__all__ = ["TensionNet", "warp_batch"]
