# expect: crash
"""Mode switched off with train(False) before a regression step on a GRU forecaster."""
import torch
import torch.nn as nn


class Forecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 24, batch_first=True)
        self.head = nn.Linear(24, 1)

    def forward(self, x):
        out, _ = self.gru(x)
        return self.head(out[:, -1])


torch.manual_seed(0)
net = Forecaster()
net.train(False)
opt = torch.optim.SGD(net.parameters(), lr=0.01)
series = torch.randn(16, 10, 4)
target = torch.randn(16, 1)
loss = nn.functional.mse_loss(net(series), target)
opt.zero_grad()
loss.backward()  # TM001-here
opt.step()
print("loss", loss.item())
