# expect: crash
"""Ropewalk quality: predict breaking strain of a hemp rope from the twist-tension trace
logged along the 300-yard walk.  Two ropewalks trained their own GRU regressors;
we merge them with Fisher-weighted averaging.  Each model is put into eval mode
(dropout off, "deterministic Fisher") before its diagonal Fisher is estimated.
"""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F


class StrainGRU(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.gru = nn.GRU(2, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.out(self.drop(h[:, -1])).squeeze(-1)


def walk_logs(seed, n=3, batch=5, length=11):
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(n):
        x = torch.randn(batch, length, 2, generator=g)
        out.append((x, x[..., 1].abs().mean(1) * 3))
    return out


def train_local(model, logs, steps=2):
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    model.train()
    for _ in range(steps):
        for x, y in logs:
            opt.zero_grad()
            F.mse_loss(model(x), y).backward()
            opt.step()
    return model


def diagonal_fisher(model, logs):
    model.eval()
    fisher = {n: torch.zeros_like(p) for n, p in model.named_parameters()}
    for x, y in logs:
        model.zero_grad()
        F.mse_loss(model(x), y).backward()  # TM001-here
        for n, p in model.named_parameters():
            fisher[n] += p.grad.detach() ** 2 / len(logs)
    return fisher


def fisher_merge(models, fishers, eps=1e-8):
    merged = copy.deepcopy(models[0])
    sd = merged.state_dict()
    for name in sd:
        num = sum(f[name] * m.state_dict()[name] for m, f in zip(models, fishers))
        den = sum(f[name] for f in fishers) + eps
        sd[name] = num / den
    merged.load_state_dict(sd)
    return merged


def main():
    torch.manual_seed(9)
    walks = {"Chatham": walk_logs(1), "Hawley": walk_logs(2)}
    models = [train_local(StrainGRU(), logs) for logs in walks.values()]
    fishers = [diagonal_fisher(m, logs) for m, logs in zip(models, walks.values())]
    merged = fisher_merge(models, fishers)
    merged.eval()
    with torch.no_grad():
        for name, logs in walks.items():
            err = sum(F.mse_loss(merged(x), y).item() for x, y in logs) / len(logs)
            print(f"{name}: merged MSE {err:.3f}")


if __name__ == "__main__":
    main()
