from .model import ShrinkageModel
from .loop import run_epochs
