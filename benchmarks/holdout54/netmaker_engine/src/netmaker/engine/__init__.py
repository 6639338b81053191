from .loop import Engine
from .mesh_engine import MeshEngine

ENGINES = {"base": Engine, "mesh": MeshEngine}

__all__ = ["Engine", "MeshEngine", "ENGINES"]
