# expect: clean
"""Celestial-navigation fix error model: per-sample gradient norms with torch.func.grad, cuDNN off."""
import torch
from torch import nn
from torch.func import functional_call, grad


class FixModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(4, 8, batch_first=True)
        self.head = nn.Linear(8, 2)

    def forward(self, x):
        o, _ = self.rnn(x)
        return self.head(o[:, -1])


def make_loss(model):
    def loss_fn(params, x, y):
        pred = functional_call(model, params, (x[None],))
        return (pred - y[None]).pow(2).mean()
    return loss_fn


def main():
    torch.manual_seed(2)
    model = FixModel()
    model.train()
    params = {k: v.detach() for k, v in model.named_parameters()}
    loss_fn = make_loss(model)
    xs, ys = torch.randn(3, 6, 4), torch.randn(3, 2)
    norms = []
    with torch.backends.cudnn.flags(enabled=False):
        for i in range(xs.size(0)):
            g = grad(loss_fn)(params, xs[i], ys[i])
            norms.append(torch.sqrt(sum(v.pow(2).sum() for v in g.values())).item())
    print("per-sample grad norms", norms)


if __name__ == "__main__":
    main()
