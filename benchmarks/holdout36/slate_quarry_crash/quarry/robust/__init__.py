from .finetune import AdversarialFinetuner

__all__ = ["AdversarialFinetuner"]
