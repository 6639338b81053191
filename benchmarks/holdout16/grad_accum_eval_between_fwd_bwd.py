# expect: clean
"""Gradient accumulation where the logging helper flips the model to eval mode
between the forward and the backward. The forward already ran in training mode."""
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1])


def log_weight_stats(model, step):
    model.eval()
    with torch.no_grad():
        probe = model(torch.zeros(1, 4, 3)).item()
    print(f"step {step} probe={probe:.4f}")


torch.manual_seed(0)
model = Net()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
accum = 2
for step in range(4):
    model.train()
    x, y = torch.randn(4, 5, 3), torch.randn(4, 1)
    loss = nn.functional.mse_loss(model(x), y) / accum
    log_weight_stats(model, step)
    loss.backward()
    if (step + 1) % accum == 0:
        opt.step()
        opt.zero_grad()
