# expect: clean
"""Ox-ploughing furrow depth: a shared recurrent model over draught-force traces, with a
per-team head. For each new team we only estimate the head's gradient statistics
(last-layer Fisher) to decide the head learning rate, then refit the head.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(17)


class FurrowModel(nn.Module):
    def __init__(self, n_sensors=3, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(n_sensors, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, trace):
        seq, _ = self.rnn(trace)
        return self.head(seq).squeeze(-1)


def team_traces(n, batch=4, steps=14):
    for _ in range(n):
        x = torch.randn(batch, steps, 3)
        yield x, x[..., 0].cumsum(1) * 0.05


def head_fisher(model, batches):
    model.eval()
    total = torch.zeros_like(model.head.weight)
    count = 0
    for x, depth in batches:
        loss = F.mse_loss(model(x), depth)
        (g,) = torch.autograd.grad(loss, model.head.weight)
        total += g ** 2
        count += 1
    return (total / count).mean().item()


def refit_head(model, batches, lr):
    opt = torch.optim.SGD(model.head.parameters(), lr=lr)
    model.eval()  # the shared trunk stays as shipped
    with torch.no_grad():
        feats = [(model.rnn(x)[0], y) for x, y in batches]
    for seq, depth in feats:
        opt.zero_grad()
        loss = F.mse_loss(model.head(seq).squeeze(-1), depth)
        loss.backward()
        opt.step()
    return loss.item()


if __name__ == "__main__":
    model = FurrowModel()
    fisher = head_fisher(model, team_traces(3))
    lr = min(0.1, 0.01 / (fisher + 1e-6))
    print(f"head fisher {fisher:.5f} -> lr {lr:.4f}")
    print(f"refit loss {refit_head(model, list(team_traces(3)), lr):.4f}")
