# expect: crash
"""An `@torch.no_grad()` evaluation function that computes an input-saliency map inside `torch.enable_grad()` for
its report. It calls `model.eval()` first, so the saliency backward goes through an eval-mode GRU."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.seq = nn.GRU(3, 5, batch_first=True, bidirectional=True)
        self.cls = nn.Linear(10, 2)

    def forward(self, x):
        return self.cls(self.seq(x)[0].mean(1))


@torch.no_grad()
def evaluate(model, x, y):
    model.eval()
    acc = (model(x).argmax(-1) == y).float().mean()
    with torch.enable_grad():
        xg = x.clone().requires_grad_(True)
        model(xg).gather(1, y[:, None]).sum().backward()  # TM001-here
    return float(acc), xg.grad.abs().mean((0, 1))


model = Model()
x, y = torch.randn(4, 6, 3), torch.randint(0, 2, (4,))
print(evaluate(model, x, y))
print("done")
