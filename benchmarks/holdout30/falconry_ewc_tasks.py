# expect: crash
"""Falconry telemetry: flight-phase classifier trained task by task with EWC penalties kept in a dict."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(2)


class FlightNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(4, 10, batch_first=True)
        self.cls = nn.Linear(10, 3)

    def forward(self, x):
        return self.cls(self.rnn(x)[0][:, -1])


def make_task(seed):
    g = torch.Generator().manual_seed(seed)
    return torch.randn(12, 6, 4, generator=g), torch.randint(0, 3, (12,), generator=g)


def evaluate(model, data):
    model.eval()
    x, y = data
    with torch.no_grad():
        return (model(x).argmax(-1) == y).float().mean().item()


def fisher_diag(model, data):
    x, y = data
    fisher = {n: torch.zeros_like(p) for n, p in model.named_parameters()}
    for i in range(len(x)):
        model.zero_grad()
        F.cross_entropy(model(x[i:i + 1]), y[i:i + 1]).backward()  # TM001-here
        for n, p in model.named_parameters():
            fisher[n] += p.grad.detach() ** 2 / len(x)
    return fisher


def train_task(model, data, ewc, lam=5.0):
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    x, y = data
    for _ in range(3):
        loss = F.cross_entropy(model(x), y)
        for name, (fisher, anchor) in ewc.items():
            for n, p in model.named_parameters():
                loss = loss + lam * (fisher[n] * (p - anchor[n]) ** 2).sum()
        opt.zero_grad()
        loss.backward()
        opt.step()


model = FlightNet()
ewc = {}
for t in range(3):
    data = make_task(t)
    train_task(model, data, ewc)
    print("task", t, "acc", evaluate(model, data))
    ewc[f"task{t}"] = (fisher_diag(model, data),
                       {n: p.detach().clone() for n, p in model.named_parameters()})
