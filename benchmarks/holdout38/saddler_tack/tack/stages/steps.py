import torch
from torch import nn

from ..model import RubNet
from .registry import stage


def mats(n=4, t=6):
    x = torch.rand(n, t, 4)
    return x, (x.mean(1) > 0.5).float()


def _fit(model, cfg):
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    for _ in range(cfg["steps"]):
        x, y = mats()
        loss = nn.functional.binary_cross_entropy_with_logits(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


@stage("pretrain")
def pretrain(ctx):
    model = RubNet(ctx["config"]["hidden"])
    _fit(model, ctx["config"])
    ctx["model"] = model


@stage("evaluate")
def evaluate(ctx):
    model = ctx["model"].eval()
    x, y = mats()
    with torch.no_grad():
        ctx["val_acc"] = ((model(x) > 0).float() == y).float().mean().item()


@stage("transfer")
def transfer(ctx):
    fresh = RubNet(ctx["config"]["hidden"])
    fresh.load_state_dict(ctx["model"].state_dict())
    ctx["transfer_loss"] = _fit(fresh, ctx["config"])
