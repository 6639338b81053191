from .tension import ClothTensionNet

__all__ = ["ClothTensionNet"]
