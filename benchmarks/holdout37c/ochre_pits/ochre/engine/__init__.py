from .core import Engine, Events
