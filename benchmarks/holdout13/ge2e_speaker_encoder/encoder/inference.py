import torch

from .model import SpeakerEncoder

_model = None


def load_model(weights_fpath, device="cpu"):
    global _model
    _model = SpeakerEncoder(device, torch.device("cpu"))
    checkpoint = torch.load(weights_fpath, map_location=device)
    _model.load_state_dict(checkpoint["model_state"])
    _model.eval()


def is_loaded():
    return _model is not None


def embed_frames_batch(frames_batch):
    if _model is None:
        raise Exception("Model was not loaded. Call load_model() before inference.")
    with torch.no_grad():
        return _model.forward(frames_batch)
