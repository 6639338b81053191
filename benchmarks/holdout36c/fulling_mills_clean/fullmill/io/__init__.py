from .checkpoints import save_checkpoint, load_for_inference, restore

__all__ = ["save_checkpoint", "load_for_inference", "restore"]
