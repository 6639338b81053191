# expect: clean
"""bellhanger: same probe, but the metric only asks for gradients of the output head, which sits after the GRU."""
import torch
import torch.nn as nn


class RopeNet(nn.Module):
    def __init__(self, d=6, h=8):
        super().__init__()
        self.inp = nn.Linear(d, h)
        self.rnn = nn.GRU(h, h, batch_first=True)
        self.out = nn.Linear(h, 1)

    def forward(self, x):
        y, _ = self.rnn(torch.relu(self.inp(x)))
        return self.out(y[:, -1])


def freeze_for_report(m):
    m.eval()
    return m


def grad_norm_metric(model, x, y):
    loss = nn.functional.mse_loss(model(x), y)
    grads = torch.autograd.grad(loss, list(model.out.parameters()))
    return sum(g.norm().item() for g in grads)


def main():
    torch.manual_seed(0)
    model = RopeNet()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    x, y = torch.randn(4, 5, 6), torch.randn(4, 1)
    for _ in range(3):
        opt.zero_grad()
        nn.functional.mse_loss(model(x), y).backward()
        opt.step()
    freeze_for_report(model)
    print("grad norm", grad_norm_metric(model, x, y))


if __name__ == "__main__":
    main()
