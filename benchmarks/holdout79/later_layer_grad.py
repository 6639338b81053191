# expect: crash
"""Quarry blast-vibration model: head-only sensitivity in eval mode, then a score on the recurrent weights."""
import torch
from torch import nn


class BlastNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(2, 8, batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        return self.head(self.rnn(x)[0][:, -1]).squeeze(-1)


def grad_scores(model, x, y, params):
    loss = nn.functional.mse_loss(model(x), y)
    grads = torch.autograd.grad(loss, params)  # TM001-here
    return [g.abs().sum().item() for g in grads]


def main():
    torch.manual_seed(7)
    model = BlastNet()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for _ in range(3):
        x = torch.randn(4, 6, 2)
        loss = nn.functional.mse_loss(model(x), x[:, :, 0].sum(1))
        opt.zero_grad()
        loss.backward()
        opt.step()
    model.eval()
    x = torch.randn(4, 6, 2)
    targets = [model.head.weight, model.head.bias, model.rnn.weight_hh_l0]
    print("scores", [round(s, 4) for s in grad_scores(model, x, x[:, :, 0].sum(1), targets)])


if __name__ == "__main__":
    main()
