# expect: crash
"""Per-example gradient norms for data valuation of wind-turbine fault windows, via torch.func.grad
over functional_call (looped over examples: vmap has no batching rule for an LSTM). The model is
in train mode; the transform itself is the problem on cuDNN."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad


class FaultLSTM(nn.Module):
    def __init__(self, d=4, hidden=6):
        super().__init__()
        self.lstm = nn.LSTM(d, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1])


def main():
    torch.manual_seed(0)
    model = FaultLSTM().train()
    params = {k: v.detach() for k, v in model.named_parameters()}
    x, y = torch.randn(5, 8, 4), torch.randint(0, 2, (5,))

    def loss_fn(p, xi, yi):
        return nn.functional.cross_entropy(functional_call(model, p, (xi[None],)), yi[None])

    norms = []
    for xi, yi in zip(x, y):
        g = grad(loss_fn)(params, xi, yi)  # TM002-here
        norms.append(torch.sqrt(sum(v.pow(2).sum() for v in g.values())).item())
    print("value ranking", sorted(range(len(norms)), key=norms.__getitem__))


if __name__ == "__main__":
    main()
