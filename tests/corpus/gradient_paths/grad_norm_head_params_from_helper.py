# expect: clean
"""Gradient-norm early stopping on the validation set, as grad_norm_params_from_helper.py, but the helper
returns only the head's weight and bias: the gradient asked for in eval mode stops at the head, and the
LSTM's backward never runs."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Forecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        return self.head(self.lstm(x)[0][:, -1]).squeeze(-1)


def tracked_params(model):
    return [model.head.weight, model.head.bias]


torch.manual_seed(0)
model = Forecaster()
opt = torch.optim.SGD(model.parameters(), lr=1e-2)
train_x, train_y = torch.randn(8, 5, 3), torch.randn(8)
val_x, val_y = torch.randn(4, 5, 3), torch.randn(4)
best, patience = float("inf"), 0
for epoch in range(3):
    model.train()
    opt.zero_grad()
    F.mse_loss(model(train_x), train_y).backward()
    opt.step()
    model.eval()
    loss = F.mse_loss(model(val_x), val_y)
    grads = torch.autograd.grad(loss, tracked_params(model))
    norm = sum(float(g.pow(2).sum()) for g in grads) ** 0.5
    if norm < best:
        best, patience = norm, 0
    else:
        patience += 1
    print(epoch, norm)
    if patience >= 2:
        break
