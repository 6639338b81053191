from .engine import Engine, build
