# expect: crash
"""Canal lock-gate leakage regressor with a smoothness penalty on the input gradient
(double backprop): the norm of d(prediction)/d(input) is added to the loss.
The GRU is in train mode; the penalty needs create_graph=True and a second backward."""
import torch
import torch.nn as nn

torch.manual_seed(10)


class LeakGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 10, batch_first=True)
        self.out = nn.Linear(10, 1)

    def forward(self, x):
        o, _ = self.gru(x)
        return self.out(o[:, -1])


def smoothness_penalty(model, x):
    x = x.clone().requires_grad_(True)
    pred = model(x)
    g, = torch.autograd.grad(pred.sum(), x, create_graph=True)
    return g.pow(2).sum(dim=(1, 2)).mean()


def train(model, steps=3, lam=0.1):
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    model.train()
    for s in range(steps):
        x, y = torch.randn(4, 6, 3), torch.randn(4, 1)
        loss = nn.functional.mse_loss(model(x), y) + lam * smoothness_penalty(model, x)
        opt.zero_grad()
        loss.backward()  # TM003-here
        opt.step()
        print("step", s, round(loss.item(), 4))


if __name__ == "__main__":
    train(LeakGRU())
