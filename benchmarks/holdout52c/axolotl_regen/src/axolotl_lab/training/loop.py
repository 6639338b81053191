import torch
import torch.nn.functional as F

from .freeze import freeze_norm_stats


def pretrain(model, batches, lr=1e-2):
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for x, y in batches:
        opt.zero_grad()
        F.cross_entropy(model(x), y).backward()
        opt.step()


def finetune(model, source, target, lr=1e-3):
    pretrain(model, source)
    model.train()
    model.apply(freeze_norm_stats)
    opt = torch.optim.SGD(model.parameters(), lr=lr, momentum=0.9)
    for x, y in target:
        opt.zero_grad()
        loss = F.cross_entropy(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()
