# expect: crash
"""Clockmakers' escapement drift: per-sample gradient norms of an LSTM drift model.

The model is trained normally, then per-sample gradients are taken with
torch.func to find the beats that pull the fit hardest.
"""
import torch
import torch.nn as nn
from torch.func import functional_call, grad


class DriftLSTM(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(1, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.fc(out[:, -1])


def sample_loss(params, buffers, model, x, y):
    pred = functional_call(model, (params, buffers), (x.unsqueeze(0),))
    return ((pred.squeeze() - y) ** 2)


def per_sample_norms(model, xs, ys):
    params = {k: v.detach() for k, v in model.named_parameters()}
    buffers = {k: v.detach() for k, v in model.named_buffers()}
    norms = []
    for i in range(xs.shape[0]):
        g = grad(sample_loss)(params, buffers, model, xs[i], ys[i])  # TM002-here
        norms.append(torch.sqrt(sum((t ** 2).sum() for t in g.values())).item())
    return norms


def main():
    torch.manual_seed(3)
    model = DriftLSTM()
    opt = torch.optim.Adam(model.parameters(), lr=0.01)
    xs = torch.randn(6, 7, 1)
    ys = xs.sum(dim=(1, 2)) * 0.1
    model.train()
    for _ in range(5):
        opt.zero_grad()
        loss = ((model(xs).squeeze(-1) - ys) ** 2).mean()
        loss.backward()
        opt.step()
    norms = per_sample_norms(model, xs, ys)
    worst = max(range(len(norms)), key=norms.__getitem__)
    print("per-sample grad norms", [round(n, 4) for n in norms], "worst beat", worst)


if __name__ == "__main__":
    main()
