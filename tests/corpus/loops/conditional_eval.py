# expect: crash
"""Evaluation only every other epoch (`if epoch % 2 == 0`): the epoch after an evaluation trains in eval mode."""
import torch
import torch.nn as nn


class Forecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 12, batch_first=True)
        self.head = nn.Linear(12, 1)

    def forward(self, x):
        out, _ = self.gru(x)
        return self.head(out[:, -1])


torch.manual_seed(0)
model = Forecaster()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
for epoch in range(4):
    x, y = torch.randn(8, 5, 3), torch.randn(8, 1)
    loss = nn.functional.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    if epoch % 2 == 0:
        model.eval()
        with torch.no_grad():
            val = nn.functional.mse_loss(model(torch.randn(4, 5, 3)), torch.randn(4, 1))
        print(f"epoch {epoch} val {val.item():.3f}")
