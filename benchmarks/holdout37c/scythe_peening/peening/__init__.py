from .accel import Accelerator
from .io import load_for_inference, save_checkpoint
from .models import EdgeWearLSTM

__all__ = ["Accelerator", "EdgeWearLSTM", "load_for_inference", "save_checkpoint"]
