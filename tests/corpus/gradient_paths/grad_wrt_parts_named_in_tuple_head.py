# expect: clean
"""Gradient-based pruning scores after a short training run. `scores()` puts the model in eval mode and
asks autograd for the loss gradient with respect to the weights of the parts named in the module-level
tuple PRUNABLE. Only "head" is named: the head sits after the LSTM, so autograd reaches its weight
without going back through the eval-mode LSTM, and no cuDNN RNN backward is run."""
import torch
import torch.nn as nn
import torch.nn.functional as F

PRUNABLE = ("head",)


class Regressor(nn.Module):
    def __init__(self):
        super().__init__()
        self.proj = nn.Linear(3, 6)
        self.lstm = nn.LSTM(6, 6, batch_first=True)
        self.head = nn.Linear(6, 1)

    def forward(self, x):
        return self.head(self.lstm(torch.tanh(self.proj(x)))[0][:, -1])


def scores(model, x, y, names):
    model.eval()
    weights = [getattr(model, n).weight for n in names]
    loss = F.mse_loss(model(x), y)
    return torch.autograd.grad(loss, weights)


torch.manual_seed(4)
model = Regressor()
opt = torch.optim.SGD(model.parameters(), lr=0.05)
x, y = torch.randn(5, 4, 3), torch.randn(5, 1)
for _ in range(2):
    model.train()
    opt.zero_grad()
    F.mse_loss(model(x), y).backward()
    opt.step()

for name, g in zip(PRUNABLE, scores(model, x, y, PRUNABLE)):
    w = getattr(model, name).weight
    print(name, (w * g).abs().sum().item())
