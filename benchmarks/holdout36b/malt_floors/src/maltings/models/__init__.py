from maltings.models.germination import GerminationRNN
from maltings.models.io import load_for_inference, save_checkpoint

__all__ = ["GerminationRNN", "load_for_inference", "save_checkpoint"]
