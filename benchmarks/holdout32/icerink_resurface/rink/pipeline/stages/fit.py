import torch
import torch.nn.functional as F

from .common import logits_of


def pretrain(ctx, epochs=3):
    params = list(ctx.modules["enc"].parameters()) + list(ctx.modules["cls"].parameters())
    opt = torch.optim.Adam(params, lr=1e-2)
    ctx.modules.train()
    x, y = ctx.data["train"]
    for _ in range(epochs):
        for i in range(0, len(x), 4):
            loss = F.cross_entropy(logits_of(ctx, x[i:i + 4]), y[i:i + 4])
            opt.zero_grad()
            loss.backward()
            opt.step()
    ctx.report["train_loss"] = round(loss.item(), 4)
