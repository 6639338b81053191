from .adversarial import adversarial_finetune

__all__ = ["adversarial_finetune"]
