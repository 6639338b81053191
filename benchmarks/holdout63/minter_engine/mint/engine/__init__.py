from .runner import Engine
