import torch


def input_saliency(model, x, target):
    """Gradient of the target score w.r.t. the input, in eval mode (for CNN, RNN or GRU taggers)."""
    model.eval()
    x = x.clone().requires_grad_(True)
    model(x).gather(1, target[:, None]).sum().backward()
    return x.grad.abs().amax(-1)
