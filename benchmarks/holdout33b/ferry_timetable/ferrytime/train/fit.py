import torch
from torch.nn import functional as F

from .freeze import Frozen


def pretrain_encoder(encoder, head, batches, epochs=2, lr=5e-3):
    params = list(encoder.parameters()) + list(head.parameters())
    opt = torch.optim.Adam(params, lr=lr)
    encoder.train()
    head.train()
    for _ in range(epochs):
        for ports, weather, route, delay in batches:
            loss = F.huber_loss(head(encoder(ports, weather), route), delay)
            opt.zero_grad()
            loss.backward()
            opt.step()
    return loss.item()


def fit_route_head(encoder, head, batches, epochs=3, lr=1e-2):
    """Adapt a fresh head to a new route; the encoder stays frozen (and in eval)."""
    opt = torch.optim.Adam(head.parameters(), lr=lr)
    head.train()
    with Frozen(encoder):
        for _ in range(epochs):
            for ports, weather, route, delay in batches:
                summary = encoder(ports, weather)
                loss = F.huber_loss(head(summary, route), delay)
                opt.zero_grad()
                loss.backward()
                opt.step()
    return loss.item()
