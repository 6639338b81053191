import torch

from .nets import StrikingCoach

__all__ = ["score_touch"]  # build_coach is reached as peals.serving.build_coach


def build_coach(bells, hidden, weights=None):
    """Builder for the tower's display: ready for inference."""
    model = StrikingCoach(bells, hidden)
    if weights is not None:
        model.load_state_dict(weights)
    return model.eval()


@torch.no_grad()
def score_touch(model, gaps):
    return model(gaps).squeeze(-1).tolist()
