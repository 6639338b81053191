# expect: crash
"""Cellist bow-pressure model: after training, a probe measures gradient norms per layer on an
inference-mode model, to decide which layers to fine-tune next."""
import torch
import torch.nn as nn

torch.manual_seed(9)


class BowPressure(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.front = nn.Linear(4, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.back = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.front(x)))
        return self.back(h).squeeze(-1)


def train(model, data):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for x, y in data:
        loss = (model(x) - y).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def layer_grad_norms(model, x, y, layers):
    model.eval()
    loss = (model(x) - y).pow(2).mean()
    params = [p for name in layers for p in getattr(model, name).parameters()]
    grads = torch.autograd.grad(loss, params)  # TM001-here
    return {name: float(sum(g.norm() for g in grads)) for name in layers}


data = [(torch.randn(4, 6, 4), torch.randn(4, 6)) for _ in range(3)]
model = BowPressure()
print("train loss", train(model, data))
print(layer_grad_norms(model, *data[0], layers=["front", "back"]))
