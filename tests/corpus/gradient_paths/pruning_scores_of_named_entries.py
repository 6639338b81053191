# expect: clean
"""Sluice gate timing: gradient-times-weight pruning scores on a held-out batch, in eval mode so dropout does not
perturb them. A helper builds a table of the prunable tensors by name; the caller asks for the scores of the output
layer only (`names=["head.weight"]`), so autograd is asked for the head's weight alone and never runs the eval GRU's
backward."""
import torch
from torch import nn


class SluiceNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(12, 6)
        self.drop = nn.Dropout(0.3)
        self.gru = nn.GRU(6, 10, batch_first=True)
        self.head = nn.Linear(10, 1)

    def forward(self, ids):
        h, _ = self.gru(self.drop(self.embed(ids)))
        return self.head(h[:, -1]).squeeze(-1)


def prunable(model):
    return {"embed.weight": model.embed.weight, "head.weight": model.head.weight}


def scores(model, ids, target, names):
    model.eval()
    loss = nn.functional.mse_loss(model(ids), target)
    table = prunable(model)
    grads = torch.autograd.grad(loss, [table[n] for n in names])
    return {n: (table[n] * g).abs() for n, g in zip(names, grads)}


if __name__ == "__main__":
    torch.manual_seed(6)
    net = SluiceNet()
    ids = torch.randint(0, 12, (5, 8))
    found = scores(net, ids, ids.float().mean(1), names=["head.weight"])
    print({n: round(s.sum().item(), 5) for n, s in found.items()})
