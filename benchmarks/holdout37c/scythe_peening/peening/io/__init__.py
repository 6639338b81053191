from .checkpoints import load_for_inference, save_checkpoint
