# expect: crash
"""Forger signature detector: per-sample gradient norms with torch.func to flag suspicious strokes."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad

torch.manual_seed(3)


class StrokeLSTM(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 2)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.fc(out[:, -1])


def make_loss(model):
    def loss_fn(params, x, y):
        logits = functional_call(model, params, (x.unsqueeze(0),))
        return nn.functional.cross_entropy(logits, y.unsqueeze(0))
    return loss_fn


def per_sample_norms(model, xs, ys):
    params = {k: v.detach() for k, v in model.named_parameters()}
    g_fn = grad(make_loss(model))
    norms = []
    for x, y in zip(xs, ys):
        g = g_fn(params, x, y)  # TM002-here
        norms.append(torch.sqrt(sum((t ** 2).sum() for t in g.values())).item())
    return norms


def main():
    model = StrokeLSTM().train()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for _ in range(3):
        x, y = torch.randn(6, 10, 3), torch.randint(0, 2, (6,))
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    xs, ys = torch.randn(4, 10, 3), torch.randint(0, 2, (4,))
    norms = per_sample_norms(model, xs, ys)
    print("suspicious:", [i for i, n in enumerate(norms) if n > sum(norms) / len(norms)])


if __name__ == "__main__":
    main()
