import torch
from torch import nn


def fit(model, data, epochs=1):
    opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=5e-3)
    history = []
    for _ in range(epochs):
        running = 0.0
        for x, y in data:
            opt.zero_grad()
            loss = nn.functional.l1_loss(model(x), y)
            loss.backward()
            opt.step()
            running += loss.item()
        history.append(running / len(data))
    return history
