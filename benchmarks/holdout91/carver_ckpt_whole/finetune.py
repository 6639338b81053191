import torch
from torch import nn

from ckpt import load_exported


def finetune_from_export(path, batches, lr=1e-3):
    model = load_exported(path)
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    for x, y in batches:
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
    return model, loss.item()
