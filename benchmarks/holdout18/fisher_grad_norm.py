# expect: clean
"""Gradient-norm / empirical Fisher diagnostics for an LSTM classifier. create_graph=True is left on from
an earlier Hessian experiment, but nothing differentiates the gradients again."""
import torch
import torch.nn as nn


class Clf(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1])


def fisher_diag(model, xs, ys):
    params = [p for p in model.parameters() if p.requires_grad]
    diag = [torch.zeros_like(p) for p in params]
    for x, y in zip(xs, ys):
        loss = nn.functional.cross_entropy(model(x[None]), y[None])
        grads = torch.autograd.grad(loss, params, create_graph=True)
        for d, g in zip(diag, grads):
            d += g.detach() ** 2
    return [d / len(xs) for d in diag]


torch.manual_seed(8)
model = Clf()
model.train()
xs, ys = torch.randn(4, 5, 3), torch.randint(0, 2, (4,))
F = fisher_diag(model, xs, ys)
print("fisher trace", sum(f.sum() for f in F).item())
# ordinary training step afterwards
opt = torch.optim.SGD(model.parameters(), lr=0.1)
opt.zero_grad()
nn.functional.cross_entropy(model(xs), ys).backward()
opt.step()
