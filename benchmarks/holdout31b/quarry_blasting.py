# expect: clean
"""Quarry blasting: predict peak particle velocity at the nearest house from the
delay sequence of a blast, then compute the gradient of the predicted PPV with
respect to each hole's charge with torch.func.vjp to suggest a safer delay plan.
"""
import torch
import torch.nn as nn
from torch.func import vjp

torch.manual_seed(37)
HOLES = 9


class PPVModel(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, 1)

    def forward(self, plan):  # plan: (B, HOLES, [charge_kg, delay_ms])
        h, _ = self.lstm(plan)
        return self.out(h.max(1).values).squeeze(-1)


def blasts(b=6):
    charge = 20 + 5 * torch.rand(b, HOLES, 1)
    delay = torch.sort(torch.rand(b, HOLES, 1) * 200, dim=1).values
    gap = torch.diff(delay, dim=1, prepend=delay[:, :1]).clamp_min(1.0)
    ppv = (charge[..., 0] / gap[..., 0].sqrt()).max(1).values / 20
    return torch.cat([charge / 25, delay / 200], -1), ppv


def train(model, steps=8):
    model.train()
    opt = torch.optim.Adam(model.parameters(), 5e-3)
    for _ in range(steps):
        x, y = blasts()
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad(); loss.backward(); opt.step()
    return loss.item()


def charge_sensitivity(model, plan):
    model.eval()
    with torch.backends.cudnn.flags(enabled=False):
        ppv, pullback = vjp(model, plan)
        (g,) = pullback(torch.ones_like(ppv))
    return ppv, g[..., 0]


if __name__ == "__main__":
    m = PPVModel()
    print("train", train(m))
    plan, _ = blasts(2)
    ppv, sens = charge_sensitivity(m, plan)
    worst = sens.argmax(-1)
    print("predicted ppv", ppv.tolist(), "reduce charge in holes", worst.tolist())
