# expect: crash
"""Whip makers: plait-tension classifier with per-sample gradient norms for data pruning.

Samples whose gradient norm is tiny are dropped before the second round of training.
"""
import torch
from torch import nn
from torch.func import functional_call, grad


class PlaitNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(4, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc(h[:, -1])


def sample_loss(params, buffers, model, x, y):
    logits = functional_call(model, (params, buffers), (x.unsqueeze(0),))
    return nn.functional.cross_entropy(logits, y.unsqueeze(0))


def grad_norms(model, xs, ys):
    params = {k: v.detach() for k, v in model.named_parameters()}
    buffers = dict(model.named_buffers())
    norms = []
    for x, y in zip(xs, ys):
        g = grad(sample_loss)(params, buffers, model, x, y)  # TM002-here
        norms.append(torch.sqrt(sum((t ** 2).sum() for t in g.values())).item())
    return norms


def main():
    torch.manual_seed(4)
    model = PlaitNet()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    xs = torch.randn(8, 5, 4)
    ys = (xs[:, :, 0].mean(1) > 0).long()
    for _ in range(3):
        loss = nn.functional.cross_entropy(model(xs), ys)
        opt.zero_grad()
        loss.backward()
        opt.step()
    norms = grad_norms(model, xs, ys)
    keep = [i for i, n in enumerate(norms) if n > min(norms)]
    print("keeping", keep)


if __name__ == "__main__":
    main()
