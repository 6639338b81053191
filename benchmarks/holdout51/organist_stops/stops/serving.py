import torch

from .build.builders import RegistrationNet

__all__ = ["build_model", "serve"]


def build_model(features, hidden, ranks):
    """Builder used by the console service: the model is only ever queried there."""
    return RegistrationNet(features, hidden, ranks).eval()


def serve(model, bars, threshold=0.5):
    model.eval()
    with torch.no_grad():
        return (torch.sigmoid(model(bars)) > threshold).int()
