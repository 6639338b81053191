from .loop import run_epochs
