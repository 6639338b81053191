from .checkpoints import load_for_inference, save_checkpoint

__all__ = ["load_for_inference", "save_checkpoint"]
