# expect: crash
"""Hurdle weaving: predict the breaking load of a hazel wattle hurdle from the sequence of
rods woven through the sails.  After a short warm-up, connection-sensitivity scores
|w * dL/dw| are computed on a validation batch and the weakest weights are pruned."""
import logging

import torch
from torch import nn

logging.basicConfig(level=logging.INFO, format="%(message)s")
log = logging.getLogger("hurdles")

CFG = dict(hidden=12, rods=9, feat=3, batch=6, warmup=2, finetune=2, keep=0.7, lr=5e-3)


class HurdleNet(nn.Module):
    def __init__(self, feat, hidden):
        super().__init__()
        self.weave = nn.LSTM(feat, hidden, batch_first=True)
        self.head = nn.Sequential(nn.Linear(hidden, hidden), nn.Tanh(), nn.Linear(hidden, 1))

    def forward(self, rods):
        h, (hn, cn) = self.weave(rods)
        return self.head(hn[-1]).squeeze(-1)


def batch(seed):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(CFG["batch"], CFG["rods"], CFG["feat"], generator=g)
    return x, x[:, :, 0].sum(1) * 0.2


def prunable(model):
    return {n: p for n, p in model.named_parameters() if p.dim() > 1}


def sensitivity_scores(model, val_batch):
    model.eval()
    x, y = val_batch
    params = prunable(model)
    loss = nn.functional.mse_loss(model(x), y)
    grads = torch.autograd.grad(loss, list(params.values()))  # TM001-here
    return {n: (p.detach() * g).abs() for (n, p), g in zip(params.items(), grads)}


def build_masks(scores, keep):
    flat = torch.cat([s.flatten() for s in scores.values()])
    k = int(keep * flat.numel())
    threshold = flat.kthvalue(flat.numel() - k + 1).values
    return {n: (s >= threshold).float() for n, s in scores.items()}


def apply_masks(model, masks):
    with torch.no_grad():
        for n, p in model.named_parameters():
            if n in masks:
                p.mul_(masks[n])


def train_steps(model, opt, seeds, masks=None):
    model.train()
    for s in seeds:
        x, y = batch(s)
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()
        opt.step()
        if masks:
            apply_masks(model, masks)
    return loss.item()


def main():
    torch.manual_seed(13)
    model = HurdleNet(CFG["feat"], CFG["hidden"])
    opt = torch.optim.Adam(model.parameters(), lr=CFG["lr"])
    log.info("warm-up loss %.4f", train_steps(model, opt, range(CFG["warmup"])))
    masks = build_masks(sensitivity_scores(model, batch(999)), CFG["keep"])
    apply_masks(model, masks)
    kept = sum(int(m.sum()) for m in masks.values())
    log.info("kept %d of %d prunable weights", kept, sum(m.numel() for m in masks.values()))
    log.info("fine-tune loss %.4f", train_steps(model, opt, range(10, 10 + CFG["finetune"]), masks))


if __name__ == "__main__":
    main()
