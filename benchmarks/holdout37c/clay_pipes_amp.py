# expect: clean
"""Clay-pipe kiln firing: crack probability from a firing curve, AMP training.

Validation runs mid-epoch every few steps; the evaluation helper remembers the
model's mode and puts it back.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

CFG = {"epochs": 2, "batch": 4, "val_every": 2, "amp": True, "device": "cpu", "lr": 2e-3}


class FiringCurveGRU(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.gru = nn.GRU(2, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.logit = nn.Linear(hidden, 1)

    def forward(self, curve):
        _, h = self.gru(curve)
        return self.logit(self.drop(h[-1])).squeeze(-1)


def firings(n, t=10):
    ramp = torch.cumsum(torch.rand(n, t, 1), 1)
    hold = torch.rand(n, t, 1)
    cracked = (ramp[:, -1, 0] / t + hold.std(1)[:, 0] > 0.8).float()
    return torch.cat([ramp / t, hold], -1), cracked


def evaluate(model, data):
    was_training = model.training
    model.eval()
    try:
        with torch.no_grad():
            x, y = data
            return F.binary_cross_entropy_with_logits(model(x), y).item()
    finally:
        model.train(was_training)


def main(cfg=CFG):
    torch.manual_seed(6)
    model = FiringCurveGRU()
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    scaler = torch.amp.GradScaler(cfg["device"], enabled=cfg["amp"])
    (x, y), val = firings(12), firings(4)
    model.train()
    step = 0
    for epoch in range(cfg["epochs"]):
        for i in range(0, len(x), cfg["batch"]):
            with torch.autocast(cfg["device"], dtype=torch.bfloat16, enabled=cfg["amp"]):
                logits = model(x[i:i + cfg["batch"]])
            loss = F.binary_cross_entropy_with_logits(logits.float(), y[i:i + cfg["batch"]])
            opt.zero_grad()
            scaler.scale(loss).backward()
            scaler.step(opt)
            scaler.update()
            step += 1
            if step % cfg["val_every"] == 0:
                print(f"step {step}: train {loss.item():.4f} val {evaluate(model, val):.4f}")


if __name__ == "__main__":
    main()
