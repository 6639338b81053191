from .trainer import BlockTrainer

__all__ = ["BlockTrainer"]
