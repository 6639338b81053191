import os

import torch
import torch.nn.functional as F

from strokenet import StrokeNet, pen_batches


def pretrain_stage(workdir, seed=0):
    torch.manual_seed(seed)
    model = StrokeNet()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    model.train()
    for x, y in pen_batches(3, seed):
        opt.zero_grad()
        F.cross_entropy(model(x), y).backward()
        opt.step()
    model.eval()
    with torch.no_grad():
        acc = sum((model(x).argmax(-1) == y).float().mean().item() for x, y in pen_batches(2, 50)) / 2
    path = os.path.join(workdir, "strokenet_pretrained.pt")
    torch.save(model, path)
    return {"checkpoint": path, "pretrain_acc": acc}
