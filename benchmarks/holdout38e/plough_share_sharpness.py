# expect: crash
"""Ploughwrights' share wear: a GRU wear model with a sharpness probe.

After each epoch the curvature along the last update direction is measured with
torch.autograd.functional.hvp, with the model still in train mode.
"""
import torch
import torch.nn as nn
from torch.autograd.functional import hvp


class ShareWear(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.gru = nn.GRU(3, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.fc(h[:, -1]).squeeze(-1)


def furrows(batch=4, steps=6):
    x = torch.rand(batch, steps, 3)
    return x, 0.5 * x[..., 0].sum(1) + x[..., 1].std(1)


def flat(tensors):
    return torch.cat([t.reshape(-1) for t in tensors])


def curvature(model, x, y, direction):
    names = [n for n, _ in model.named_parameters()]
    shapes = [p.shape for p in model.parameters()]
    sizes = [p.numel() for p in model.parameters()]

    def loss_of(vec):
        chunks = torch.split(vec, sizes)
        params = {n: c.view(s) for n, c, s in zip(names, chunks, shapes)}
        pred = torch.func.functional_call(model, params, (x,))
        return (pred - y).pow(2).mean()

    theta = flat(model.parameters()).detach()
    _, hv = hvp(loss_of, theta, direction)  # TM003-here
    return (direction @ hv / direction.norm().pow(2)).item()


def main():
    torch.manual_seed(53)
    model = ShareWear()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    model.train()
    for epoch in range(3):
        before = flat(model.parameters()).detach().clone()
        for _ in range(3):
            x, y = furrows()
            loss = (model(x) - y).pow(2).mean()
            opt.zero_grad()
            loss.backward()
            opt.step()
        step_dir = flat(model.parameters()).detach() - before
        print(f"epoch {epoch}: loss {loss.item():.4f} curvature {curvature(model, x, y, step_dir):.4f}")


if __name__ == "__main__":
    main()
