import torch

from ..models import LaunchNet


def save_checkpoint(model, path, **meta):
    torch.save({"state_dict": model.state_dict(), "meta": meta}, path)


def load_for_inference(path, **kwargs):
    """Rebuild the model from a checkpoint, ready for the station dashboard."""
    ckpt = torch.load(path)
    model = LaunchNet(**kwargs)
    model.load_state_dict(ckpt["state_dict"])
    model.eval()
    return model, ckpt["meta"]
