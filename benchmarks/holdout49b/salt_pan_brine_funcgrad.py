# expect: crash
"""Salt evaporation pans: per-pan gradient norms with torch.func.grad over an LSTM."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad

torch.manual_seed(1)


class BrineLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1]).squeeze(-1)


def pan_loss(params, buffers, model, x, y):
    pred = functional_call(model, (params, buffers), (x.unsqueeze(0),))
    return ((pred - y) ** 2).mean()


def per_pan_grad_norms(model, xs, ys):
    params = {k: v.detach() for k, v in model.named_parameters()}
    buffers = {k: v.detach() for k, v in model.named_buffers()}
    norms = []
    for x, y in zip(xs, ys):
        g = grad(pan_loss)(params, buffers, model, x, y)  # TM002-here
        norms.append(torch.sqrt(sum((t ** 2).sum() for t in g.values())).item())
    return norms


model = BrineLSTM()
opt = torch.optim.SGD(model.parameters(), lr=0.05)
xs, ys = torch.randn(4, 6, 3), torch.randn(4)
for step in range(2):
    opt.zero_grad()
    loss = ((model(xs) - ys) ** 2).mean()
    loss.backward()
    opt.step()
print("grad norms", per_pan_grad_norms(model, xs, ys))
