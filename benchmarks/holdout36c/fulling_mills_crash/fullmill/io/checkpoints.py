import torch

from ..models import StockNet


def save_checkpoint(model, path):
    torch.save({"config": model.config, "state_dict": model.state_dict()}, path)


def _read(path):
    return torch.load(path, map_location="cpu")


def load_for_inference(path):
    """Model ready for scoring in the mill's monitoring loop."""
    ckpt = _read(path)
    model = StockNet(**ckpt["config"]).eval()
    model.load_state_dict(ckpt["state_dict"])
    return model


def restore(path):
    """Model ready to continue training from where a run stopped."""
    ckpt = _read(path)
    model = StockNet(**ckpt["config"])
    model.load_state_dict(ckpt["state_dict"])
    return model
