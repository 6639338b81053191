import torch

from ..bus import bus


@bus.on("validation")
def accuracy(model, batch, epoch):
    x, y = batch
    with torch.no_grad():
        acc = ((model(x) > 0).float() == y).float().mean().item()
    print(f"epoch {epoch} valid acc {acc:.3f}")
    return acc
