# expect: clean
"""Elver nets, per-sample gradient norms with torch.func, run with cuDNN off."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad

torch.manual_seed(3)


class CatchModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 6, batch_first=True)
        self.head = nn.Linear(6, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.head(h[:, -1]).squeeze(-1)


def sample_loss(params, buffers, model, x, y):
    pred = functional_call(model, (params, buffers), (x.unsqueeze(0),))
    return ((pred - y) ** 2).mean()


def per_sample_norms(model, xs, ys):
    params = {k: v.detach() for k, v in model.named_parameters()}
    buffers = {k: v.detach() for k, v in model.named_buffers()}
    norms = []
    g_fn = grad(sample_loss)
    with torch.backends.cudnn.flags(enabled=False):
        for i in range(xs.shape[0]):
            g = g_fn(params, buffers, model, xs[i], ys[i])
            norms.append(torch.sqrt(sum((t ** 2).sum() for t in g.values())))
    return torch.stack(norms)


def main():
    model = CatchModel()
    model.eval()
    xs, ys = torch.randn(5, 7, 2), torch.randn(5)
    norms = per_sample_norms(model, xs, ys)
    print("noisiest night:", int(norms.argmax()))


if __name__ == "__main__":
    main()
