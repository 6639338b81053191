# expect: crash
"""Pigeon homing times: per-bird gradient norms with torch.func.

Each training example is one race (GPS fixes of a bird); we compute the
per-example gradient with torch.func.grad over functional_call and use the
norms to down-weight noisy races before the optimizer step."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad

torch.manual_seed(7)
FIXES, FEAT, HID = 6, 4, 8


class HomingNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(FEAT, HID, batch_first=True)
        self.out = nn.Linear(HID, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1]).squeeze(-1)


def races(n):
    x = torch.randn(n, FIXES, FEAT)
    y = x[..., 1].sum(-1) * 0.5 + torch.randn(n) * 0.1
    return x, y


def make_sample_loss(model):
    def sample_loss(params, buffers, x, y):
        pred = functional_call(model, (params, buffers), (x.unsqueeze(0),))
        return ((pred - y.unsqueeze(0)) ** 2).mean()
    return sample_loss


def per_sample_norms(model, x, y):
    params = {k: v.detach() for k, v in model.named_parameters()}
    buffers = {k: v for k, v in model.named_buffers()}
    sample_loss = make_sample_loss(model)
    norms = []
    for i in range(x.size(0)):
        g = grad(sample_loss)(params, buffers, x[i], y[i])  # TM002-here
        norms.append(torch.sqrt(sum((t ** 2).sum() for t in g.values())))
    return torch.stack(norms)


def main():
    model = HomingNet()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for step in range(3):
        x, y = races(5)
        norms = per_sample_norms(model, x, y)
        w = 1.0 / (1.0 + norms)
        w = w / w.sum()
        loss = (w * (model(x) - y) ** 2).sum()
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(f"step {step} loss {loss.item():.4f} max norm {norms.max().item():.3f}")


if __name__ == "__main__":
    main()
