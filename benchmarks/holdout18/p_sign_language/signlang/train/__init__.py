from .epochs import run_epochs, apply_backend
