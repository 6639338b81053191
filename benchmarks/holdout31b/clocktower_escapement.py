# expect: crash
"""Clock-tower escapement drift: regress the daily rate error of a turret clock from
pendulum amplitude and temperature. Early stopping keeps the best snapshot; at the
rewind epoch training restarts from that snapshot with a fresh optimiser and a lower LR.
"""
import copy

import torch
import torch.nn as nn

torch.manual_seed(11)
CFG = dict(hidden=10, epochs=5, rewind_at=3, lr=3e-3, batch=6, days=14)


class DriftModel(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.enc = nn.GRU(2, hidden, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, 1)

    def forward(self, x):
        out, _ = self.enc(x)
        return self.fc(out.mean(1)).squeeze(-1)


def sample(n, days):
    amp = 1.0 + 0.1 * torch.randn(n, days, 1)
    temp = torch.randn(n, days, 1).cumsum(1) * 0.2
    rate = (0.5 * temp - 2.0 * (amp - 1.0)).mean((1, 2))
    return torch.cat([amp, temp], -1), rate


@torch.no_grad()
def evaluate(model, data):
    model.eval()
    x, y = data
    return nn.functional.mse_loss(model(x), y).item()


def run(net, cfg):
    val = sample(8, cfg["days"])
    model = net
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    best, best_score = None, float("inf")
    for epoch in range(cfg["epochs"]):
        net.train()
        for _ in range(3):
            x, y = sample(cfg["batch"], cfg["days"])
            loss = nn.functional.mse_loss(model(x), y)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
        score = evaluate(model, val)
        if score < best_score:
            best_score, best = score, copy.deepcopy(model)
        if epoch + 1 == cfg["rewind_at"]:
            model = best
            opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"] / 10)
        print(f"epoch {epoch}: val {score:.4f} best {best_score:.4f}")
    return model


if __name__ == "__main__":
    run(DriftModel(CFG["hidden"]), CFG)
