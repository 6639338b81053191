import torch
from torch import nn


def train_steps(model, batches, lr):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for x, y in batches:
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


@torch.no_grad()
def evaluate(model, batches):
    model.eval()
    return sum(nn.functional.mse_loss(model(x), y).item() for x, y in batches) / len(batches)
