import torch
from torch import nn

__all__ = ["train_round", "legs", "score"]


def legs(n=3, bs=4):
    return [(torch.randn(bs, 9, 2), torch.randint(0, 2, (bs,))) for _ in range(n)]


def score(model, batches):
    # quick accuracy used while prototyping the lathe rig
    model.eval()
    with torch.no_grad():
        return sum((model(x).argmax(1) == y).float().mean().item() for x, y in batches) / len(batches)


def train_round(model, opt, batches):
    for x, y in batches:
        opt.zero_grad()
        loss = nn.functional.cross_entropy(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()
