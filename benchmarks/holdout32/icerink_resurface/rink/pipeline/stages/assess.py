import torch

from .common import logits_of


def evaluate(ctx):
    ctx.modules.eval()
    x, y = ctx.data["test"]
    with torch.no_grad():
        acc = (logits_of(ctx, x).argmax(-1) == y).float().mean().item()
    ctx.report["test_acc"] = acc


def report(ctx):
    ctx.report["shift_detected"] = ctx.report.get("adv_val_acc", 0.5) > 0.75
