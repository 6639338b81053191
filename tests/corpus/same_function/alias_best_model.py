# expect: crash
"""An alias (`best = model`) is put in eval mode to score it; training then continues on `model`."""
import torch
import torch.nn as nn


class Regressor(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(5, 10, batch_first=True)
        self.head = nn.Linear(10, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out[:, -1])


torch.manual_seed(0)
model = Regressor()
opt = torch.optim.SGD(model.parameters(), lr=0.05)
best = model
best.eval()
with torch.no_grad():
    print("score of current best", best(torch.randn(2, 3, 5)).mean().item())

x, y = torch.randn(8, 3, 5), torch.randn(8, 1)
loss = nn.functional.mse_loss(model(x), y)
opt.zero_grad()
loss.backward()  # TM001-here
opt.step()
print("step", loss.item())
