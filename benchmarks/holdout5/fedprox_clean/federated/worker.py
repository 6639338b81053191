import copy

import torch
import torch.nn.functional as F


def train_local(global_model, batches, mu=0.01, lr=0.05, epochs=1):
    """FedProx local objective: task loss + proximal term to the global weights."""
    local = copy.deepcopy(global_model)
    local.train()
    anchor = [p.detach().clone() for p in global_model.parameters()]
    opt = torch.optim.SGD(local.parameters(), lr=lr)
    for _ in range(epochs):
        for x, y in batches:
            prox = sum(((p - a) ** 2).sum() for p, a in zip(local.parameters(), anchor))
            loss = F.cross_entropy(local(x), y) + mu / 2 * prox
            opt.zero_grad()
            loss.backward()
            opt.step()
    return local
