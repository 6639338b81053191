# expect: crash
"""Sea-cave blowhole: forecast the air-pressure spike at a coastal blowhole from the
incoming swell record. Besides MAE, the evaluation reports an input-gradient
robustness score (how much the forecast moves per unit of swell noise), which the
reviewers asked for.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(113)


class BlowholeLSTM(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, num_layers=2, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, swell):
        h, _ = self.lstm(swell)
        return self.head(h[:, -1]).squeeze(-1)


def swell_records(b=6, t=14):
    height = torch.rand(b, t, 1) * 2
    period = 8 + 4 * torch.rand(b, t, 1)
    spike = (height[:, -4:, 0] ** 2 * period[:, -4:, 0]).mean(1) / 10
    return torch.cat([height / 2, (period - 8) / 4], -1), spike


def train_epoch(model, opt, n=4):
    model.train()
    for _ in range(n):
        x, y = swell_records()
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def input_gradient_norm(model, x):
    x = x.clone().requires_grad_(True)
    pred = model(x)
    (g,) = torch.autograd.grad(pred.sum(), x)  # TM001-here
    return g.norm(dim=(1, 2)).mean().item()


def evaluate(model):
    model.eval()
    x, y = swell_records(b=8)
    with torch.no_grad():
        mae = F.l1_loss(model(x), y).item()
    return {"mae": mae, "grad_norm": input_gradient_norm(model, x)}


if __name__ == "__main__":
    model = BlowholeLSTM()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    for ep in range(3):
        tr = train_epoch(model, opt)
        ev = evaluate(model)
        print(f"epoch {ep}: train {tr:.4f} val mae {ev['mae']:.4f} |dy/dx| {ev['grad_norm']:.4f}")
