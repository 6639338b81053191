from .mesh import MeshNet

__all__ = ["MeshNet"]
