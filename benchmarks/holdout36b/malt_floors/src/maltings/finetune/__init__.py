from maltings.finetune.adversarial import AdversarialFinetuner

__all__ = ["AdversarialFinetuner"]
