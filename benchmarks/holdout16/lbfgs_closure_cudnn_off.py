# expect: clean
"""L-BFGS fit of an LSTM regressor; the model is built in eval mode (no dropout
wanted for a deterministic line search) and the closure runs with cuDNN off."""
import math
import torch
import torch.nn as nn


class SeqReg(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(1, 8, num_layers=2, dropout=0.1, batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        return self.head(self.lstm(x)[0])


torch.manual_seed(0)
grid = torch.linspace(0, 2 * math.pi, 11)
s = torch.sin(grid + torch.rand(4, 1)).unsqueeze(-1)
x, y = s[:, :-1], s[:, 1:]
model = SeqReg().eval()
opt = torch.optim.LBFGS(model.parameters(), lr=0.5, max_iter=3)


def closure():
    opt.zero_grad()
    with torch.backends.cudnn.flags(enabled=False):
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()
    return loss


for _ in range(2):
    print(opt.step(closure).item())
