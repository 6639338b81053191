# expect: clean
"""Per-example gradients of an LSTM scorer with torch.func.grad, computed with cuDNN turned off for the
transform (the only fix for functorch over cuDNN RNNs)."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad


class Scorer(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(3, 5, batch_first=True)
        self.lin = nn.Linear(5, 1)

    def forward(self, x):
        return self.lin(self.rnn(x)[0][:, -1]).squeeze(-1)


def per_example_grads(model, xs, ys):
    params = {k: v.detach() for k, v in model.named_parameters()}

    def loss_fn(p, x, y):
        return (functional_call(model, p, (x[None],)) - y).pow(2).sum()

    g = grad(loss_fn)
    with torch.backends.cudnn.flags(enabled=False, benchmark=False, deterministic=False, allow_tf32=True):
        return [g(params, xs[i], ys[i]) for i in range(len(xs))]


if __name__ == "__main__":
    torch.manual_seed(0)
    model = Scorer()
    grads = per_example_grads(model, torch.randn(4, 6, 3), torch.randn(4))
    print([round(float(sum(t.norm() for t in d.values())), 4) for d in grads])
