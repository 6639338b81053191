# expect: crash
"""Weir flow gauge: an EWC-style Fisher diagonal is estimated in eval mode (no dropout noise) over a table of
parameters the caller hands in. The caller passes every parameter (`dict(net.named_parameters())`), so the gradient
the helper asks for through `[params[n] for n in names]` includes the LSTM's weights: its backward runs through the
LSTM the helper put in eval mode."""
import torch
from torch import nn


class GaugeNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 8, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.head = nn.Linear(8, 3)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.head(self.drop(h[:, -1]))


def fisher_diagonal(model, batches, params):
    model.eval()
    names = list(params)
    fisher = {n: torch.zeros_like(p) for n, p in params.items()}
    for x in batches:
        logp = torch.log_softmax(model(x), -1)
        nll = -logp.gather(1, logp.argmax(-1, keepdim=True)).mean()
        grads = torch.autograd.grad(nll, [params[n] for n in names])  # TM001-here
        for n, g in zip(names, grads):
            fisher[n] += g.pow(2) / len(batches)
    return fisher


if __name__ == "__main__":
    torch.manual_seed(3)
    net = GaugeNet()
    batches = [torch.randn(4, 7, 2) for _ in range(3)]
    fisher = fisher_diagonal(net, batches, params=dict(net.named_parameters()))
    print({k: round(v.sum().item(), 6) for k, v in fisher.items()})
