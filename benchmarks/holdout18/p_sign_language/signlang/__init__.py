from .model import PoseGRU
from .train import run_epochs, apply_backend
