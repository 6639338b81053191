from .loops import adversarial_finetune, pretrain

__all__ = ["adversarial_finetune", "pretrain"]
