# expect: crash
"""Weaver's loom: shuttle-tension traces, predict thread breaks. For a data-valuation
report we need per-example gradient norms; we compute them with torch.func.grad over a
functional_call of the model, one example at a time (the model stays in train mode)."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import functional_call, grad

torch.manual_seed(4)


class BreakNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1]).squeeze(-1)


def example_loss(params, buffers, model, x, y):
    out = functional_call(model, (params, buffers), (x.unsqueeze(0),))
    return F.binary_cross_entropy_with_logits(out, y.unsqueeze(0))


def per_example_grad_norms(model, xs, ys):
    params = {k: v.detach() for k, v in model.named_parameters()}
    buffers = {k: v.detach() for k, v in model.named_buffers()}
    g_fn = grad(example_loss)
    norms = []
    for x, y in zip(xs, ys):
        g = g_fn(params, buffers, model, x, y)  # TM002-here
        norms.append(torch.sqrt(sum((v ** 2).sum() for v in g.values())).item())
    return norms


if __name__ == "__main__":
    model = BreakNet()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    xs, ys = torch.randn(6, 7, 2), torch.randint(0, 2, (6,)).float()
    for _ in range(3):
        loss = F.binary_cross_entropy_with_logits(model(xs), ys)
        opt.zero_grad(); loss.backward(); opt.step()
    norms = per_example_grad_norms(model, xs, ys)
    print("per-example grad norms", [round(n, 3) for n in norms])
