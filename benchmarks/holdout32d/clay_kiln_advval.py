# expect: crash
"""Clay kiln firing: predict shrinkage from thermocouple ramps.

Adversarial validation: a domain classifier separates last season's firings
from this season's; the firings it finds most 'this-season-like' become the
validation split, and the shrinkage model is then refit on the rest.
"""
import torch
import torch.nn as nn

torch.manual_seed(16)
CONFIG = {
    "ramp_len": 8,
    "probes": 3,
    "hidden": 8,
    "score_call": ("train", False),   # how the scorer is put into scoring mode
    "fit_steps": 3,
    "val_fraction": 0.25,
}


class KilnRNN(nn.Module):
    def __init__(self, probes, hidden, out):
        super().__init__()
        self.lstm = nn.LSTM(probes, hidden, batch_first=True)
        self.out = nn.Linear(hidden, out)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1])


def firings(n, season_shift, cfg):
    x = torch.randn(n, cfg["ramp_len"], cfg["probes"]) + season_shift
    return x, 0.05 * x[..., 0].mean(1, keepdim=True)


def build(cfg):
    models = {
        "domain": {"net": KilnRNN(cfg["probes"], cfg["hidden"], 1)},
        "shrink": {"net": KilnRNN(cfg["probes"], cfg["hidden"], 1)},
    }
    for spec in models.values():
        spec["opt"] = torch.optim.Adam(spec["net"].parameters(), lr=1e-2)
    return models


def set_mode(net, call):
    name, *args = call
    getattr(net, name)(*args)


def fit(spec, x, y, steps, loss_fn):
    for _ in range(steps):
        loss = loss_fn(spec["net"](x), y)
        spec["opt"].zero_grad()
        loss.backward()  # TM001-here
        spec["opt"].step()
    return loss.item()


def adversarial_split(models, old, new, cfg):
    dom = models["domain"]
    x = torch.cat([old, new])
    lab = torch.cat([torch.zeros(len(old), 1), torch.ones(len(new), 1)])
    dom["net"].train()
    fit(dom, x, lab, cfg["fit_steps"], nn.functional.binary_cross_entropy_with_logits)
    for spec in models.values():
        set_mode(spec["net"], cfg["score_call"])
    with torch.no_grad():
        score = torch.sigmoid(dom["net"](old)).squeeze(-1)
    k = max(1, int(cfg["val_fraction"] * len(old)))
    order = score.argsort(descending=True)
    return order[k:], order[:k]


def main(cfg=CONFIG):
    models = build(cfg)
    old_x, old_y = firings(16, 0.0, cfg)
    new_x, _ = firings(8, 0.4, cfg)
    train_idx, val_idx = adversarial_split(models, old_x, new_x, cfg)
    loss = fit(models["shrink"], old_x[train_idx], old_y[train_idx], cfg["fit_steps"], nn.functional.mse_loss)
    with torch.no_grad():
        val = nn.functional.mse_loss(models["shrink"]["net"](old_x[val_idx]), old_y[val_idx]).item()
    print(f"train {loss:.5f} val {val:.5f}")


if __name__ == "__main__":
    main()
