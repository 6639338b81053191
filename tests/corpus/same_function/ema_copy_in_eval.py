# expect: clean
"""An exponential-moving-average copy (deepcopy) is kept in eval mode; the trained model itself never is."""
import copy

import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 8, batch_first=True)
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1])


torch.manual_seed(0)
model = Net()
ema = copy.deepcopy(model)
ema.eval()
opt = torch.optim.Adam(model.parameters())
for step in range(3):
    x, y = torch.randn(4, 6, 4), torch.randint(0, 2, (4,))
    loss = nn.functional.cross_entropy(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    with torch.no_grad():
        for e, p in zip(ema.parameters(), model.parameters()):
            e.mul_(0.9).add_(p, alpha=0.1)
        print(step, ema(torch.randn(1, 6, 4)).argmax(-1).item())
