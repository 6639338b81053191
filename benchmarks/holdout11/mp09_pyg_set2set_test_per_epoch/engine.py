import torch
import torch.nn.functional as F


def train(model, loader, optimizer):
    total = 0
    for data in loader:
        optimizer.zero_grad()
        loss = F.mse_loss(model(data), data["y"])
        loss.backward()  # TM001-here
        optimizer.step()
        total += loss.item() * data["y"].numel()
    return total / sum(d["y"].numel() for d in loader)


@torch.no_grad()
def test(model, loader):
    model.eval()
    error = 0
    for data in loader:
        error += (model(data) - data["y"]).abs().sum().item()
    return error / sum(d["y"].numel() for d in loader)
