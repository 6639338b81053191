import torch
from torch.nn import functional as F


def training_step(model, batch, regularisers):
    x, y = batch
    x = x.clone()
    for r in regularisers:
        x = r.prepare(x)
    pred = model(x)
    loss = F.mse_loss(pred, y)
    for r in regularisers:
        loss = loss + r(x, pred)
    return loss


@torch.no_grad()
def validation_step(model, batch):
    x, y = batch
    return F.l1_loss(model(x), y).item()
