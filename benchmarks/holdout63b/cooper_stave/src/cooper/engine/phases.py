import torch


def apply_phase(model, spec):
    """Put the model in the phase's mode and return the grad context to use."""
    if spec["mode"] == "train":
        model.train()
    else:
        model.eval()
    return torch.enable_grad() if spec["grad"] else torch.no_grad()
