import torch
from torch import nn


def validate(model, batches):
    model.eval()
    with torch.no_grad():
        return sum(nn.functional.mse_loss(model(x), y).item() for x, y in batches) / len(batches)


def fit_epochs(model, batches, epochs, lr, on_epoch=None):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for epoch in range(epochs):
        for x, y in batches:
            opt.zero_grad()
            loss = nn.functional.mse_loss(model(x), y)
            loss.backward()
            opt.step()
        if on_epoch is not None:
            on_epoch(epoch, model)
    return model
