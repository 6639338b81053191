import torch
import torch.nn.functional as F

from .common import ledgers


def _restore(ckpt):
    return torch.load(ckpt, weights_only=False)


def finetune(ckpt, epochs):
    model = _restore(ckpt)
    opt = torch.optim.SGD(model.parameters(), lr=1e-3, momentum=0.9)
    for _ in range(epochs):
        for x, y in ledgers(shift=0.5):
            opt.zero_grad()
            loss = F.mse_loss(model(x), y)
            loss.backward()  # TM001-here
            opt.step()
    return loss.item()
