import torch

from ..nets import TrackGRU


def load_for_inference(seed):
    torch.manual_seed(seed)
    model = TrackGRU(n_in=4, hidden=6)
    # mark the wrapper as serving; the camera pipeline checks this flag
    model.training = False
    return model
