# expect: clean
"""Weight importance |w * dL/dw| after training, on a held-out batch with the model in eval mode (dropout off). Which
weights are scored comes from a helper returning (name, parameter) rows; with SCORED = "out" the rows include the
GRU's weights, so `autograd.grad` runs the GRU's backward through its eval-mode forward."""
import torch
import torch.nn as nn
import torch.nn.functional as F

SCORED = "out"


class Forecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 8, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        return self.out(self.drop(self.gru(x)[0][:, -1])).squeeze(-1)


def scored_rows(model, which):
    if which == "out":
        return [("out.weight", model.out.weight), ("out.bias", model.out.bias)]
    return [(name, p) for name, p in model.named_parameters() if p.dim() > 1]


def importance(model, x, y, which):
    model.eval()
    rows = scored_rows(model, which)
    loss = F.mse_loss(model(x), y)
    grads = torch.autograd.grad(loss, [p for _, p in rows])
    return {name: (p.detach() * g).abs().sum().item() for (name, p), g in zip(rows, grads)}


torch.manual_seed(5)
model = Forecaster()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
for _ in range(3):
    x, y = torch.randn(6, 9, 2), torch.randn(6)
    opt.zero_grad()
    F.mse_loss(model(x), y).backward()
    opt.step()
print(importance(model, torch.randn(6, 9, 2), torch.randn(6), SCORED))
