# expect: crash
"""Fish-ladder passage counts: an LSTM over hourly flow / temperature / turbidity.

After training, a sensitivity report asks which hour of the input window moves
the predicted count most, using the full Jacobian (torch.func.jacrev).
"""
import json

import torch
import torch.nn as nn
from torch.func import jacrev

torch.manual_seed(3)

CONFIG = {"hours": 8, "sensors": 3, "hidden": 12, "epochs": 3, "lr": 5e-3}


class PassageModel(nn.Module):
    def __init__(self, sensors, hidden):
        super().__init__()
        self.lstm = nn.LSTM(sensors, hidden, batch_first=True)
        self.rate = nn.Sequential(nn.Linear(hidden, hidden), nn.Tanh(), nn.Linear(hidden, 1))

    def forward(self, x):
        out, _ = self.lstm(x)
        return nn.functional.softplus(self.rate(out[:, -1])).squeeze(-1)


def train(model, xs, ys, cfg):
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    for ep in range(cfg["epochs"]):
        model.train()
        pred = model(xs)
        loss = nn.functional.poisson_nll_loss(pred, ys, log_input=False)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def sensitivity_report(model, window):
    model.eval()

    def count(w):
        return model(w.unsqueeze(0)).squeeze(0)

    jac = jacrev(count)(window)  # TM002-here
    per_hour = jac.abs().sum(-1)
    return {"peak_hour": int(per_hour.argmax()), "per_hour": [round(v, 4) for v in per_hour.tolist()]}


def main(cfg=CONFIG):
    xs = torch.randn(20, cfg["hours"], cfg["sensors"])
    ys = torch.poisson(torch.full((20,), 3.0))
    model = PassageModel(cfg["sensors"], cfg["hidden"])
    print("final loss", train(model, xs, ys, cfg))
    print(json.dumps(sensitivity_report(model, xs[0])))


if __name__ == "__main__":
    main()
