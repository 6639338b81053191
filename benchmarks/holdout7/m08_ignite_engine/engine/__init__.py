from .core import Engine, Events, create_supervised_evaluator

__all__ = ["Engine", "Events", "create_supervised_evaluator"]
