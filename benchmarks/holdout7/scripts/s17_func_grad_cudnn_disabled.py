# expect: clean
"""Influence-style per-example gradients with torch.func.grad over an LSTM regressor; the transform runs
with cuDNN disabled."""
import torch
from torch import nn
from torch.func import functional_call, grad


class Regressor(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1]).squeeze(-1)


torch.manual_seed(0)
model = Regressor().eval()
params = {k: v.detach() for k, v in model.named_parameters()}


def loss_fn(p, x, y):
    return (functional_call(model, p, (x.unsqueeze(0),)) - y).pow(2).sum()


train_x, train_y = torch.randn(4, 5, 2), torch.randn(4)
test_x, test_y = torch.randn(5, 2), torch.randn(())
with torch.backends.cudnn.flags(enabled=False):
    g_test = grad(loss_fn)(params, test_x, test_y)
    scores = []
    for x, y in zip(train_x, train_y):
        g_i = grad(loss_fn)(params, x, y)
        scores.append(sum((g_i[k] * g_test[k]).sum() for k in params).item())
print("influence scores:", [round(s, 4) for s in scores])
