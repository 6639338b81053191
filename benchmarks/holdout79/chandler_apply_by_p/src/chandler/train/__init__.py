from .finetune import finetune

__all__ = ["finetune"]
