# expect: clean
"""Spinning-mill yarn breakage forecaster with patience-based early stopping.

When validation stops improving the best state dict is reloaded and the
learning rate is cut; training then carries on for a few more epochs.
"""
import copy
import torch
import torch.nn as nn

torch.manual_seed(1)

CFG = {"hidden": 10, "epochs": 6, "patience": 1, "lr": 5e-3, "batch": 4, "steps": 3}


class BreakageGRU(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.gru = nn.GRU(2, hidden, num_layers=2, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.out(h).squeeze(-1)


def make_batches(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(CFG["batch"], 9, 2, generator=g), torch.randn(CFG["batch"], 9, generator=g)) for _ in range(n)]


def validate(model, batches):
    model.eval()
    with torch.no_grad():
        return sum(nn.functional.mse_loss(model(x), y).item() for x, y in batches) / len(batches)


def train_epoch(model, opt, batches):
    model.train()
    total = 0.0
    for x, y in batches:
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        total += loss.item()
    return total / len(batches)


def main():
    model = BreakageGRU(CFG["hidden"])
    opt = torch.optim.SGD(model.parameters(), lr=CFG["lr"], momentum=0.9)
    train_b, val_b = make_batches(CFG["steps"], 0), make_batches(2, 1)
    best, best_state, bad = float("inf"), None, 0
    model.train()
    for epoch in range(CFG["epochs"]):
        tr = train_epoch(model, opt, train_b)
        va = validate(model, val_b)
        print(f"epoch {epoch} train {tr:.4f} val {va:.4f}")
        if va < best:
            best, best_state, bad = va, copy.deepcopy(model.state_dict()), 0
        else:
            bad += 1
            if bad > CFG["patience"]:
                model.load_state_dict(best_state)
                for g in opt.param_groups:
                    g["lr"] *= 0.5
                bad = 0
    print("best", round(best, 4))


if __name__ == "__main__":
    main()
