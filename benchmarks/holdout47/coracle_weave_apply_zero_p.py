# expect: clean
"""Coracle building: predict hull stress at the gunwale from the sequence of willow weave
tensions.  Fine-tuning on a new workshop's hulls is made deterministic by switching off
every stochastic layer with `model.apply`."""
import argparse

import torch
from torch import nn


class HullStressNet(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.embed = nn.Sequential(nn.Linear(4, hidden), nn.GELU(), nn.Dropout(0.2))
        self.weave = nn.LSTM(hidden, hidden, num_layers=2, dropout=0.2, batch_first=True)
        self.stress = nn.Linear(hidden, 1)

    def forward(self, tensions):
        h, _ = self.weave(self.embed(tensions))
        return self.stress(h[:, -1]).squeeze(-1)


def freeze_stochastic(m):
    """Turn off dropout wherever a module has some."""
    if isinstance(m, nn.Dropout):
        m.eval()
    elif isinstance(m, nn.RNNBase) and m.dropout:
        m.dropout = 0.0  # inter-layer dropout is a float on the RNN itself


def hulls(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(5, 9, 4, generator=g), torch.randn(5, generator=g)) for _ in range(n)]


def run_epoch(model, opt, data):
    total = 0.0
    for x, y in data:
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()
        opt.step()
        total += loss.item()
    return total / len(data)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pretrain-epochs", type=int, default=2)
    ap.add_argument("--finetune-epochs", type=int, default=2)
    args = ap.parse_args([])
    torch.manual_seed(8)
    model = HullStressNet()
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    model.train()
    for ep in range(args.pretrain_epochs):
        print("pretrain", ep, round(run_epoch(model, opt, hulls(3, ep)), 4))
    # deterministic fine-tuning on the new workshop
    model.train()
    model.apply(freeze_stochastic)
    ft_opt = torch.optim.SGD(model.parameters(), lr=1e-2)
    for ep in range(args.finetune_epochs):
        print("finetune", ep, round(run_epoch(model, ft_opt, hulls(2, 40 + ep)), 4))


if __name__ == "__main__":
    main()
