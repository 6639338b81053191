# expect: crash
"""Teasel growing: soil-moisture sequences -> head count. A saliency map of
the forecast w.r.t. the input computed with torch.func.vjp, model in train mode."""
import torch
import torch.nn as nn
from torch.func import vjp

torch.manual_seed(15)


class HeadCount(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(3, 8, batch_first=True, nonlinearity="relu")
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc(h[:, -1]).squeeze(-1)


def saliency(model, x):
    out, pullback = vjp(model, x)  # TM002-here
    (gx,) = pullback(torch.ones_like(out))
    return gx.abs().sum(-1)


model = HeadCount()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
for step in range(3):
    x, y = torch.randn(4, 6, 3), torch.randn(4)
    loss = ((model(x) - y) ** 2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
sal = saliency(model, torch.randn(2, 6, 3))
print("most salient week:", sal.argmax(-1).tolist())
