import torch
from torch.nn import functional as F


def fine_tune(model, batches, lr=5e-3):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    losses = []
    for taps, leak in batches:
        loss = F.binary_cross_entropy_with_logits(model(taps), leak)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        losses.append(loss.item())
    return losses
