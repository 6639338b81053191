import itertools

import torch
import torch.nn as nn


def freeze_pretrained(model):
    """Encoders are pretrained: no dropout noise, no updates."""
    for m in itertools.chain(model.encoders, model.heads[:0]):
        m.eval()
        m.requires_grad_(False)


def adapt(model, waves, segment, steps=1, lr=1e-2):
    freeze_pretrained(model)
    trainable = list(itertools.chain(model.adapters.parameters(), model.heads.parameters()))
    opt = torch.optim.Adam(trainable, lr=lr)
    losses = []
    for _ in range(steps):
        loss = nn.functional.cross_entropy(model(waves), segment)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        losses.append(round(loss.item(), 4))
    return losses
