# expect: crash
"""Full second-order MAML on sequence regression tasks, the `higher`-style functional inner loop written by
hand: inner gradients with create_graph=True, meta-gradient through them."""
import torch
import torch.nn.functional as F
from torch import nn
from torch.func import functional_call


class SeqNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(2, 8, batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        return self.head(self.rnn(x)[0][:, -1]).squeeze(-1)


def inner_adapt(model, params, xs, ys, steps=1, lr=0.05):
    for _ in range(steps):
        loss = F.mse_loss(functional_call(model, params, (xs,)), ys)
        grads = torch.autograd.grad(loss, list(params.values()), create_graph=True)
        params = {k: w - lr * g for (k, w), g in zip(params.items(), grads)}
    return params


torch.manual_seed(0)
net = SeqNet()
meta_opt = torch.optim.Adam(net.parameters(), lr=1e-3)
for it in range(2):
    meta_loss = 0.0
    for task in range(2):
        w = torch.randn(2, 1)
        xs, xq = torch.randn(4, 5, 2), torch.randn(4, 5, 2)
        ys, yq = (xs[:, -1] @ w).squeeze(-1), (xq[:, -1] @ w).squeeze(-1)
        fast = inner_adapt(net, dict(net.named_parameters()), xs, ys)
        meta_loss = meta_loss + F.mse_loss(functional_call(net, fast, (xq,)), yq)
    meta_opt.zero_grad()
    meta_loss.backward()  # TM003-here
    meta_opt.step()
    print(f"meta-iter {it}: {meta_loss.item():.4f}")
