# expect: clean
"""Typefounder's casting-defect detector.

Mould temperature traces -> P(defective sort).  Unlabelled casts are pseudo-
labelled with MC-dropout: the model is put in eval and only its dropout layers
are switched back to train, several stochastic passes give a mean and a spread,
and the confident casts are used for a round of self-training."""
import logging
import math

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("typefounder")

CFG = {"n_in": 3, "hidden": 12, "layers": 2, "p": 0.25, "mc_passes": 4, "conf": 0.15, "lr": 4e-3}


class CastingNet(nn.Module):
    def __init__(self, n_in, hidden, layers, p):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, num_layers=layers, dropout=p, batch_first=True)
        self.dropout = nn.Dropout(p)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc(self.dropout(h[:, -1])).squeeze(-1)


def stochastic_inference_mode(model):
    """Everything deterministic except dropout."""
    model.eval()
    for name, module in model.named_modules():
        # the GRU carries its own inter-layer dropout, so it has to be stochastic too
        if name.endswith("dropout") or isinstance(module, nn.RNNBase):
            module.train()
    return model


def casts(n, steps=7, labelled=True, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, steps, 3, generator=g)
    y = (x[..., 0].mean(1) + 0.3 * x[..., 2].max(1).values > 0.4).float()
    return (x, y) if labelled else (x, None)


def supervised_epoch(model, opt, x, y, bs=4):
    model.train()
    for i in range(0, len(x), bs):
        loss = F.binary_cross_entropy_with_logits(model(x[i:i + bs]), y[i:i + bs])
        opt.zero_grad()
        loss.backward()
        opt.step()


def mc_pseudo_labels(model, x, passes):
    stochastic_inference_mode(model)
    with torch.no_grad():
        probs = torch.stack([torch.sigmoid(model(x)) for _ in range(passes)])
    return probs.mean(0), probs.std(0)


def self_train(model, opt, x, mean, spread, conf):
    keep = spread < conf
    if keep.sum() == 0:
        keep[spread.argmin()] = True
    target = (mean[keep] > 0.5).float()
    weight = 1.0 - spread[keep] / (spread[keep].max() + 1e-6)
    logits = model(x[keep])
    loss = (weight * F.binary_cross_entropy_with_logits(logits, target, reduction="none")).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    return loss.item(), int(keep.sum())


def main():
    torch.manual_seed(12)
    model = CastingNet(CFG["n_in"], CFG["hidden"], CFG["layers"], CFG["p"])
    opt = torch.optim.Adam(model.parameters(), lr=CFG["lr"])
    x_lab, y_lab = casts(12, seed=1)
    x_unl, _ = casts(8, labelled=False, seed=2)
    for rnd in range(2):
        supervised_epoch(model, opt, x_lab, y_lab)
        mean, spread = mc_pseudo_labels(model, x_unl, CFG["mc_passes"])
        loss, kept = self_train(model, opt, x_unl, mean, spread, CFG["conf"])
        print(f"round {rnd}: kept {kept} casts, pseudo loss {loss:.4f}, "
              f"mean spread {spread.mean().item():.3f}, log-odds {math.log(1 + loss):.3f}")


if __name__ == "__main__":
    main()
