# expect: crash
"""Sourdough starter rise: GRU over feeding logs; after each epoch the top Hessian eigenvalue of the head+encoder
loss is estimated by power iteration with torch.autograd.functional.hvp."""
import torch
from torch import nn
from torch.autograd.functional import hvp
from torch.func import functional_call

torch.manual_seed(35)


class RiseGRU(nn.Module):
    def __init__(self, hidden=5):
        super().__init__()
        self.gru = nn.GRU(2, hidden, batch_first=True)
        self.rise = nn.Linear(hidden, 1)

    def forward(self, feeds):
        return self.rise(self.gru(feeds)[0][:, -1])


def feeding_logs(bs=4, t=5):
    f = torch.rand(bs, t, 2)
    return f, (f[:, :, 0] / (f[:, :, 1] + 0.5)).mean(1, keepdim=True)


def top_eigenvalue(model, batch, iters=3):
    names = [n for n, _ in model.named_parameters()]
    flat = tuple(p.detach() for _, p in model.named_parameters())

    def loss_of(*params):
        out = functional_call(model, dict(zip(names, params)), (batch[0],))
        return nn.functional.mse_loss(out, batch[1])

    v = tuple(torch.randn_like(p) for p in flat)
    lam = 0.0
    for _ in range(iters):
        norm = torch.sqrt(sum((t * t).sum() for t in v))
        v = tuple(t / norm for t in v)
        _, hv = hvp(loss_of, flat, v)  # TM003-here
        lam = sum((a * b).sum() for a, b in zip(v, hv)).item()
        v = hv
    return lam


def main():
    model = RiseGRU()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    model.train()
    for epoch in range(2):
        for _ in range(3):
            x, y = feeding_logs()
            loss = nn.functional.mse_loss(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        print(epoch, round(loss.item(), 4), "lambda_max", round(top_eigenvalue(model, feeding_logs(6)), 4))


if __name__ == "__main__":
    main()
