# expect: crash
"""Overhead-line sag: the output is computed in eval mode; train() is restored before the backward."""
import torch
from torch import nn


class Sag(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True, dropout=0.0)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        return self.fc(self.gru(x)[0][:, -1])


model = Sag()
opt = torch.optim.Adam(model.parameters(), 1e-3)
x, y = torch.randn(5, 8, 3), torch.randn(5, 1)


def stable_prediction(m, inp):
    m.eval()
    out = m(inp)
    m.train()
    return out


loss = nn.functional.mse_loss(stable_prediction(model, x), y)
opt.zero_grad()
loss.backward()  # TM001-here
opt.step()
print(loss.item())
