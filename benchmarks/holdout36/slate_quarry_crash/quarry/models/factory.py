import torch

from .split_net import SplitPredictor


def save_checkpoint(model, path, **meta):
    torch.save({"state_dict": model.state_dict(), "config": meta}, path)


def load_for_inference(path):
    """Rebuild a predictor from a checkpoint, ready for the grading shed."""
    ckpt = torch.load(path)
    model = SplitPredictor(**ckpt["config"])
    model.load_state_dict(ckpt["state_dict"])
    return model.eval()
