from tannery.engine.base import Trainer

__all__ = ["Trainer"]
