import torch
import torch.nn.functional as F


def evaluation_loop(model, loader, max_steps=None):
    model.eval()
    correct, total = 0, 0
    with torch.no_grad():
        for i, (x, y) in enumerate(loader):
            if max_steps is not None and i >= max_steps:
                break
            pred = model(x).argmax(-1)
            correct += (pred == y).sum().item()
            total += y.numel()
    return correct / max(total, 1)


def training_step(model, batch, optimizer):
    x, y = batch
    loss = F.cross_entropy(model(x), y)
    optimizer.zero_grad()
    loss.backward()  # TM001-here
    optimizer.step()
    return loss.item()
