from .loop import finetune

__all__ = ["finetune"]
