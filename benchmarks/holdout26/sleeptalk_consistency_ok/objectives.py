import torch
import torch.nn.functional as F


def smooth_consistency_loss(model, frames, labels, weight=0.1, noise=0.05):
    frames = frames.clone().requires_grad_(True)
    logits = model(frames)
    sup = F.binary_cross_entropy_with_logits(logits, labels)
    noisy = model(frames + noise * torch.randn_like(frames))
    cons = F.mse_loss(torch.sigmoid(noisy), torch.sigmoid(logits).detach())
    g, = torch.autograd.grad(logits.sum(), frames, create_graph=True)
    return sup + cons + weight * g.pow(2).mean()
