# expect: clean
"""Winnower: sieve-clog alarms; per-window gradients w.r.t. the input by torch.func.grad, run with cuDNN off."""
import torch
import torch.nn as nn
from torch.func import grad


class ClogGRU(nn.Module):
    def __init__(self, d=3, h=6):
        super().__init__()
        self.gru = nn.GRU(d, h, batch_first=True)
        self.fc = nn.Linear(h, 1)

    def forward(self, x):
        return self.fc(self.gru(x)[0][:, -1]).squeeze(-1)


def input_attributions(model, windows):
    model.eval()
    score = lambda w: model(w.unsqueeze(0)).sum()
    out = []
    with torch.backends.cudnn.flags(enabled=False):
        for w in windows:
            out.append(grad(score)(w) * w)
    return torch.stack(out)


if __name__ == "__main__":
    torch.manual_seed(23)
    model = ClogGRU()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    x, y = torch.randn(6, 5, 3), torch.randn(6)
    model.train()
    for _ in range(2):
        loss = ((model(x) - y) ** 2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    attr = input_attributions(model, x[:3])
    print("attribution mass per step", attr.abs().sum((0, 2)).tolist())
