from .finetune import Finetuner

__all__ = ["Finetuner"]
