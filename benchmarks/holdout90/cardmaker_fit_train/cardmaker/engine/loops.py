import torch
import torch.nn.functional as F


def evaluation_loop(model, loader, max_batches=None):
    model.eval()
    total, correct = 0, 0
    with torch.no_grad():
        for i, (x, y) in enumerate(loader):
            if max_batches is not None and i >= max_batches:
                break
            pred = model(x).argmax(-1)
            correct += (pred == y).sum().item()
            total += y.numel()
    return correct / max(total, 1)


def fit_loop(model, loader, optimizer):
    losses = []
    for x, y in loader:
        optimizer.zero_grad()
        loss = F.cross_entropy(model(x), y)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return sum(losses) / len(losses)
