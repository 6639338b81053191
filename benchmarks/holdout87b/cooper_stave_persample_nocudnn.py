# expect: clean
"""Cooper stave bending: per-sample gradient norms via torch.func for outlier detection in the training set."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad, vmap

torch.manual_seed(3)


class StaveModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(2, 8, batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(h[:, -1]).squeeze(-1)


def per_sample_norms(model, xs, ys):
    params = {k: v.detach() for k, v in model.named_parameters()}

    def loss_one(p, x, y):
        pred = functional_call(model, p, (x.unsqueeze(0),))
        return (pred - y.unsqueeze(0)).pow(2).mean()

    norms = []
    with torch.backends.cudnn.flags(enabled=False):
        for i in range(xs.shape[0]):
            g = grad(loss_one)(params, xs[i], ys[i])
            norms.append(torch.sqrt(sum(v.pow(2).sum() for v in g.values())).item())
    return norms


def main():
    model = StaveModel()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    xs, ys = torch.randn(6, 5, 2), torch.randn(6)
    for _ in range(3):
        loss = (model(xs) - ys).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    norms = per_sample_norms(model, xs, ys)
    print("suspect staves:", [i for i, n in enumerate(norms) if n > sum(norms) / len(norms)])


if __name__ == "__main__":
    main()
