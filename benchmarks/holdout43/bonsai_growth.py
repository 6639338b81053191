# expect: crash
"""Bonsai branch growth: monthly girth/length/light readings -> next season's growth (mm).

Fine-tuning a pretrained growth model on one nursery. For the fine-tuning stage we switch
off every stochastic layer so runs are reproducible across nurseries.
"""
import argparse
import logging
import random

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("bonsai")

CONFIG = {
    "n_features": 5,
    "hidden": 12,
    "months": 8,
    "batch": 6,
    "pretrain_steps": 4,
    "finetune_steps": 3,
    "lr": 3e-3,
    "seed": 11,
}


class GrowthModel(nn.Module):
    def __init__(self, n_features, hidden):
        super().__init__()
        self.inp = nn.Sequential(nn.Linear(n_features, hidden), nn.ReLU(), nn.Dropout(0.2))
        self.lstm = nn.LSTM(hidden, hidden, num_layers=2, batch_first=True, dropout=0.2)
        self.norm = nn.LayerNorm(hidden)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(self.inp(x))
        return self.out(self.norm(h[:, -1])).squeeze(-1)


def init_weights(m):
    if isinstance(m, nn.Linear):
        nn.init.xavier_uniform_(m.weight)
        nn.init.zeros_(m.bias)
    elif isinstance(m, nn.LSTM):
        for name, p in m.named_parameters():
            if name.startswith("weight_hh"):
                nn.init.orthogonal_(p)


def freeze_stochastic_layers(model):
    """Put every layer that behaves differently in training into inference behaviour."""
    switched = []
    for name, m in model.named_modules():
        if m is model or isinstance(m, (nn.Linear, nn.LayerNorm, nn.ReLU, nn.Sequential)):
            continue
        m.eval()
        switched.append(name)
    return switched


def nursery_batch(gen, cfg, shift=0.0):
    x = torch.randn(cfg["batch"], cfg["months"], cfg["n_features"], generator=gen) + shift
    y = x[:, :, 0].mean(dim=1) * 2.0 + x[:, -1, 3]
    return x, y


def run_steps(model, opt, gen, cfg, steps, shift, tag):
    losses = []
    for step in range(steps):
        x, y = nursery_batch(gen, cfg, shift)
        opt.zero_grad()
        loss = F.mse_loss(model(x), y)
        loss.backward()  # TM001-here
        nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        losses.append(loss.item())
        log.debug("%s step %d loss %.4f", tag, step, loss.item())
    return sum(losses) / len(losses)


@torch.no_grad()
def mae(model, gen, cfg, shift):
    x, y = nursery_batch(gen, cfg, shift)
    return (model(x) - y).abs().mean().item()


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--nursery-shift", type=float, default=0.3)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING)

    cfg = dict(CONFIG)
    random.seed(cfg["seed"])
    torch.manual_seed(cfg["seed"])
    gen = torch.Generator().manual_seed(cfg["seed"])

    model = GrowthModel(cfg["n_features"], cfg["hidden"])
    model.apply(init_weights)
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    model.train()
    pre = run_steps(model, opt, gen, cfg, cfg["pretrain_steps"], 0.0, "pretrain")

    switched = freeze_stochastic_layers(model)
    log.info("deterministic fine-tuning, switched: %s", switched)
    ft_opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"] / 3)
    ft = run_steps(model, ft_opt, gen, cfg, cfg["finetune_steps"], args.nursery_shift, "finetune")

    model.eval()
    print(f"pretrain {pre:.3f} finetune {ft:.3f} mae {mae(model, gen, cfg, args.nursery_shift):.3f}")


if __name__ == "__main__":
    main([])
