# expect: crash
"""Stacked LSTMs with residual connections kept in an nn.ModuleList."""
import torch
import torch.nn as nn


class ResidualLSTM(nn.Module):
    def __init__(self, dim=8, depth=3):
        super().__init__()
        self.layers = nn.ModuleList([nn.LSTM(dim, dim, batch_first=True) for _ in range(depth)])
        self.out = nn.Linear(dim, 1)

    def forward(self, x):
        for layer in self.layers:
            x = x + layer(x)[0]
        return self.out(x[:, -1])


torch.manual_seed(0)
model = ResidualLSTM()
model.eval()
opt = torch.optim.Adam(model.parameters())
x, y = torch.randn(4, 6, 8), torch.randn(4, 1)
loss = nn.functional.mse_loss(model(x), y)
opt.zero_grad()
loss.backward()  # TM001-here
opt.step()
print(loss.item())
