import torch
from torch.func import jacrev


def depth_saliency(model, sample):
    """Which depths of the core drive the predicted layer class."""
    def probs(profile):
        return torch.softmax(model(profile.unsqueeze(0)), -1).squeeze(0)

    jac = jacrev(probs)(sample)  # TM002-here
    return jac.abs().sum(dim=(0, 2))
