import torch
from torch import nn


def fit_head(model, batches, epochs=2):
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.Adam(params, lr=5e-3)
    model.train()
    for _ in range(epochs):
        for x, y in batches:
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(x), y)
            loss.backward()  # TM001-here
            opt.step()
    return loss.item()
