from .loop import Engine
