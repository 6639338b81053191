# expect: crash
"""Cooper's staves: MAML over barrels (tasks); an LSTM reads moisture along a stave and predicts bend angle."""
import torch
import torch.nn as nn
from torch.func import functional_call

torch.manual_seed(6)
INNER_LR, META_LR, TASKS, SHOTS = 0.1, 1e-3, 3, 4


class StaveNet(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.lstm = nn.LSTM(1, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.head(h[:, -1]).squeeze(-1)


def barrel_task():
    slope = torch.randn(1)
    def sample(n):
        x = torch.rand(n, 5, 1)
        return x, slope * x.sum((1, 2))
    return sample


def adapt(model, params, x, y):
    loss = nn.functional.mse_loss(functional_call(model, params, (x,)), y)
    grads = torch.autograd.grad(loss, list(params.values()), create_graph=True)
    return {k: v - INNER_LR * g for (k, v), g in zip(params.items(), grads)}


def meta_step(model, opt):
    model.train()
    opt.zero_grad()
    total = 0.0
    for _ in range(TASKS):
        sample = barrel_task()
        xs, ys = sample(SHOTS)
        xq, yq = sample(SHOTS)
        fast = adapt(model, dict(model.named_parameters()), xs, ys)
        q_loss = nn.functional.mse_loss(functional_call(model, fast, (xq,)), yq)
        q_loss.backward()  # TM003-here
        total += q_loss.item()
    opt.step()
    return total / TASKS


if __name__ == "__main__":
    net = StaveNet()
    opt = torch.optim.Adam(net.parameters(), lr=META_LR)
    for it in range(2):
        print(it, meta_step(net, opt))
