from .accelerator import Accelerator
from .loading import load_for_inference
