import torch

from .wear import GateWearNet


def load_for_inference(path, **kwargs):
    """Rebuild the network and load weights, ready for the monitoring service."""
    model = GateWearNet(**kwargs)
    model.load_state_dict(torch.load(path, map_location="cpu"))
    return model.eval()
