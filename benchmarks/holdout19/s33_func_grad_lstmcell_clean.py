# expect: clean
"""Meta-learned initial state: torch.func.grad through an unrolled LSTMCell (no cuDNN RNN involved)."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad


class CellNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.cell = nn.LSTMCell(3, 8)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        h = c = torch.zeros(x.shape[0], 8)
        for t in range(x.shape[1]):
            h, c = self.cell(x[:, t], (h, c))
        return self.fc(h).squeeze(-1)


net = CellNet()


def loss_fn(params, x, y):
    return nn.functional.mse_loss(functional_call(net, params, (x,)), y)


if __name__ == "__main__":
    torch.manual_seed(0)
    params = {k: v.detach() for k, v in net.named_parameters()}
    x, y = torch.randn(4, 5, 3), torch.randn(4)
    g_fn = grad(loss_fn)
    for step in range(3):
        g = g_fn(params, x, y)
        params = {k: v - 0.1 * g[k] for k, v in params.items()}
        print(step, loss_fn(params, x, y).item())
