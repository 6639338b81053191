# expect: clean
"""Learning-rate search: each trial builds a fresh model, so the previous trial's eval() does not carry over."""
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        return self.fc(self.gru(x)[0][:, -1])


torch.manual_seed(0)
results = {}
for lr in (1e-3, 1e-2):
    model = Net()
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for _ in range(2):
        x, y = torch.randn(4, 5, 3), torch.randn(4, 1)
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    model.eval()
    with torch.no_grad():
        results[lr] = nn.functional.mse_loss(model(torch.randn(4, 5, 3)), torch.randn(4, 1)).item()
print(min(results, key=results.get))
