# expect: crash
"""Kiln-worker firing curves: predict crack risk of a batch of pots from the thermocouple trace.

For the fine-tuning stage the stochastic layers are made deterministic with `model.apply`.
"""
import torch
from torch import nn

SETTINGS = {"thermocouples": 3, "hidden": 10, "steps": 8, "lr": 1e-2, "epochs": 2}


class CrackRisk(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.inp = nn.Sequential(nn.Linear(n_in, hidden), nn.Dropout(0.2))
        self.rnn = nn.LSTM(hidden, hidden, num_layers=2, dropout=0.2, batch_first=True)
        self.norm = nn.LayerNorm(hidden)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(self.inp(x))
        return self.head(self.norm(h[:, -1])).squeeze(-1)


STOCHASTIC = (nn.Dropout, nn.LSTM)  # the LSTM carries inter-layer dropout too


def make_deterministic(m):
    if isinstance(m, STOCHASTIC):
        m.eval()


def firing_traces(n, steps, n_in):
    x = torch.randn(n, steps, n_in).cumsum(1)
    y = (x[:, -1, 0] - x[:, 0, 0] > 0).float()
    return x, y


def main():
    torch.manual_seed(4)
    s = SETTINGS
    model = CrackRisk(s["thermocouples"], s["hidden"])
    x, y = firing_traces(12, s["steps"], s["thermocouples"])
    opt = torch.optim.Adam(model.parameters(), lr=s["lr"])
    # stage 1: ordinary training
    for _ in range(s["epochs"]):
        opt.zero_grad()
        nn.functional.binary_cross_entropy_with_logits(model(x), y).backward()
        opt.step()
    # stage 2: deterministic fine-tuning at a lower rate
    model.train()
    model.apply(make_deterministic)
    for g in opt.param_groups:
        g["lr"] = s["lr"] / 10
    for _ in range(s["epochs"]):
        opt.zero_grad()
        loss = nn.functional.binary_cross_entropy_with_logits(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
    print("final loss", round(loss.item(), 4))


if __name__ == "__main__":
    main()
