import torch


def input_gradient_penalty(model, track):
    track = track.detach().requires_grad_(True)
    out = model(track)
    (g,) = torch.autograd.grad(out.pow(2).sum(), track, create_graph=True)
    return g.pow(2).mean()
