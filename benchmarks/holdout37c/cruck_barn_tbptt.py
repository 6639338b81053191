# expect: clean
"""Cruck-barn timber moisture: stateful LSTM with a warm-started hidden state.

The state is warmed on last season's log in inference mode, then detached so
truncated BPTT starts fresh from it.
"""
import torch
import torch.nn as nn


class TimberMoisture(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x, state=None):
        y, state = self.lstm(x, state)
        return self.out(y).squeeze(-1), state


class StatefulRunner:
    def __init__(self, model, chunk=4, lr=1e-2):
        self.model, self.chunk = model, chunk
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.state = None

    def warm_start(self, log):
        self.model.eval()
        _, state = self.model(log)
        self.state = tuple(s.detach() for s in state)

    def fit_stream(self, x, y):
        self.model.train()
        losses = []
        for k in range(0, x.shape[1], self.chunk):
            pred, state = self.model(x[:, k:k + self.chunk], self.state)
            loss = nn.functional.l1_loss(pred, y[:, k:k + self.chunk])
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
            self.state = tuple(s.detach() for s in state)
            losses.append(loss.item())
        return losses


def season(batch=2, length=16):
    rain = torch.rand(batch, length, 1)
    temp = torch.randn(batch, length, 1)
    hum = torch.rand(batch, length, 1)
    moist = (rain.cumsum(1) * 0.1 - temp * 0.05).squeeze(-1)
    return torch.cat([rain, temp, hum], -1), moist


if __name__ == "__main__":
    torch.manual_seed(12)
    runner = StatefulRunner(TimberMoisture())
    last, _ = season(length=8)
    runner.warm_start(last)
    for i, l in enumerate(runner.fit_stream(*season())):
        print(f"chunk {i}: {l:.4f}")
