from .finetuner import Finetuner

__all__ = ["Finetuner"]
