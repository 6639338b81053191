# expect: clean
"""Gradient-norm monitoring with create_graph=True; the penalty is detached before it joins the loss.

Only a first-order backward ever runs through the GRU (train mode), so nothing differentiates
the RNN backward itself.
"""
import torch
import torch.nn as nn


class Vitals(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.fc = nn.Linear(8, 3)

    def forward(self, x):
        return self.fc(self.gru(x)[0][:, -1])


def main():
    torch.manual_seed(0)
    model = Vitals().train()
    opt = torch.optim.SGD(model.parameters(), lr=1e-2)
    for step in range(3):
        x, y = torch.randn(4, 6, 3), torch.randn(4, 3)
        mse = nn.functional.mse_loss(model(x), y)
        grads = torch.autograd.grad(mse, list(model.parameters()), create_graph=True, retain_graph=True)
        gnorm = torch.sqrt(sum(g.pow(2).sum() for g in grads))
        loss = mse + 1e-3 * gnorm.detach()
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, float(mse), float(gnorm))


if __name__ == "__main__":
    main()
