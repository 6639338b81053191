# expect: clean
import os

import torch
from torch import nn

from escapement import BeatNet, save_pretrained


def workshop_batches(n, seed=3):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(5, 12, 1, generator=g), torch.randint(0, 3, (5,), generator=g)) for _ in range(n)]


def finetune(model, batches, lr=0.05):
    model.gru.requires_grad_(False)
    opt = torch.optim.SGD(model.head.parameters(), lr=lr)
    for x, y in batches:
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


if __name__ == "__main__":
    path = save_pretrained(BeatNet())
    try:
        model = BeatNet.from_checkpoint(path)
        print("finetuned", finetune(model, workshop_batches(3)))
    finally:
        os.remove(path)
