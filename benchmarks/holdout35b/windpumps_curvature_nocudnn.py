# expect: clean
"""Windpump stroke-rate model with a curvature penalty: a Hessian-vector product
of the loss along a random direction is added to the objective. The double
backward runs with cuDNN disabled for the whole step."""
import torch
import torch.nn as nn

torch.manual_seed(7)


class StrokeRNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(2, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1]).squeeze(-1)


model = StrokeRNN()
opt = torch.optim.SGD(model.parameters(), lr=0.02)
x = torch.randn(6, 9, 2)
y = x.sum((1, 2)) * 0.1

for step in range(3):
    model.train()
    with torch.backends.cudnn.flags(enabled=False):
        loss = nn.functional.mse_loss(model(x), y)
        params = [p for p in model.parameters()]
        grads = torch.autograd.grad(loss, params, create_graph=True)
        v = [torch.randn_like(p) for p in params]
        gv = sum((g * vi).sum() for g, vi in zip(grads, v))
        hv = torch.autograd.grad(gv, params, create_graph=True)
        curv = sum((h * vi).sum() for h, vi in zip(hv, v)).abs()
        total = loss + 1e-3 * curv
        opt.zero_grad()
        total.backward()
    opt.step()
    print(f"step {step} loss {loss.item():.4f} curvature {curv.item():.4f}")
