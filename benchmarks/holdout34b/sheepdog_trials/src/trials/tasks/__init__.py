from .herding import HerdingTrainer

__all__ = ["HerdingTrainer"]
