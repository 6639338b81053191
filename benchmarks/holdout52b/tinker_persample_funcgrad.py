# expect: crash
"""Tinker: per-sample gradient norms of a pot-mending defect classifier, used to
down-weight noisy labels. Gradients come from torch.func.grad, one sample at a time."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import functional_call, grad

torch.manual_seed(4)


class DentNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(3, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, 2)

    def forward(self, x):
        _, h = self.rnn(x)
        return self.cls(h[-1])


def sample_loss(params, buffers, model, x, y):
    logits = functional_call(model, (params, buffers), (x.unsqueeze(0),))
    return F.cross_entropy(logits, y.unsqueeze(0))


def per_sample_norms(model, xs, ys):
    params = {k: v.detach() for k, v in model.named_parameters()}
    buffers = {k: v.detach() for k, v in model.named_buffers()}
    g_fn = grad(sample_loss)
    norms = []
    for x, y in zip(xs, ys):
        g = g_fn(params, buffers, model, x, y)  # TM002-here
        norms.append(torch.sqrt(sum((t ** 2).sum() for t in g.values())))
    return torch.stack(norms)


def main():
    model = DentNet()
    model.train()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    xs, ys = torch.randn(6, 5, 3), torch.randint(0, 2, (6,))
    for step in range(2):
        norms = per_sample_norms(model, xs, ys)
        weights = (1.0 / (1.0 + norms)).detach()
        weights = weights / weights.sum()
        losses = F.cross_entropy(model(xs), ys, reduction="none")
        loss = (weights * losses).sum()
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, round(loss.item(), 4), [round(v, 3) for v in norms.tolist()])


if __name__ == "__main__":
    main()
