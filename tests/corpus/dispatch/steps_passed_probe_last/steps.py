import torch
import torch.nn as nn


def probe(model, batch):
    model.eval()
    with torch.no_grad():
        return nn.functional.mse_loss(model(batch[0]), batch[1]).item()


def fit(model, batch):
    loss = nn.functional.mse_loss(model(batch[0]), batch[1])
    loss.backward()
    return loss.item()
