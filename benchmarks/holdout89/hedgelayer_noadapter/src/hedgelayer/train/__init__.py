from .loop import run_training
