import torch
import torch.nn.functional as F

from ..models import MODELS


def stage_build(ctx):
    cfg = ctx["cfg"]
    torch.manual_seed(cfg["seed"])
    ctx["encoder"] = MODELS[cfg["encoder"]](hidden=cfg["hidden"])
    ctx["adapter"] = MODELS["bottleneck_adapter"](hidden=cfg["hidden"], dim=cfg["adapter_dim"])
    ctx["data"] = [(torch.randn(4, 6, 5), torch.randn(4, 1)) for _ in range(5)]


def stage_pretrain(ctx):
    enc, ada = ctx["encoder"], ctx["adapter"]
    opt = torch.optim.Adam(list(enc.parameters()) + list(ada.parameters()), lr=ctx["cfg"]["lr"])
    enc.train()
    ada.train()
    for x, y in ctx["data"][:2]:
        opt.zero_grad()
        F.mse_loss(ada(enc(x)), y).backward()
        opt.step()


def stage_freeze(ctx):
    enc = ctx["encoder"]
    enc.eval()
    for p in enc.parameters():
        p.requires_grad_(False)
    ada = ctx["adapter"]
    ada.down.reset_parameters()
    ada.up.reset_parameters()


def stage_adapt(ctx):
    enc, ada = ctx["encoder"], ctx["adapter"]
    opt = torch.optim.Adam(ada.parameters(), lr=ctx["cfg"]["lr"])
    ada.train()
    losses = []
    for x, y in ctx["data"][2:]:
        h = enc(x)
        loss = F.mse_loss(ada(h), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        losses.append(loss.item())
    ctx["adapt_loss"] = sum(losses) / len(losses)


def stage_score(ctx):
    ctx["adapter"].eval()
    with torch.no_grad():
        ctx["val_loss"] = sum(
            F.mse_loss(ctx["adapter"](ctx["encoder"](x)), y).item() for x, y in ctx["data"]
        ) / len(ctx["data"])


STAGES = [
    ("build", stage_build),
    ("pretrain", stage_pretrain),
    ("freeze", stage_freeze),
    ("adapt", stage_adapt),
    ("score", stage_score),
]


def run(cfg):
    ctx = {"cfg": cfg}
    for name, fn in STAGES:
        fn(ctx)
    return {"adapt_loss": ctx["adapt_loss"], "val_loss": ctx["val_loss"]}
