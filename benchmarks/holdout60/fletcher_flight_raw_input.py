# expect: clean
"""Fletcher's workshop: predict arrow drift from fletching-vane telemetry.

A pretrained recurrent encoder is frozen; the model overrides train() so the
frozen part always stays in eval mode (keeps its dropout off).
"""
import argparse

import torch
from torch import nn


class VaneEncoder(nn.Module):
    def __init__(self, d_in, hidden):
        super().__init__()
        self.rnn = nn.GRU(d_in, hidden, num_layers=2, dropout=0.2, batch_first=True)

    def forward(self, x):
        out, _ = self.rnn(x)
        return out[:, -1]


class DriftModel(nn.Module):
    def __init__(self, n_raw=5, hidden=10, freeze_encoder=True):
        super().__init__()
        self.encoder = VaneEncoder(n_raw, hidden)
        self.adapter = nn.Linear(hidden, hidden)
        self.head = nn.Linear(hidden, 2)
        self.freeze_encoder = freeze_encoder
        if freeze_encoder:
            self.encoder.requires_grad_(False)

    def train(self, mode=True):
        super().train(mode)
        if self.freeze_encoder:
            self.encoder.eval()
        return self

    def forward(self, x):
        z = self.encoder(x)
        return self.head(torch.relu(self.adapter(z)))


def run(args):
    torch.manual_seed(args.seed)
    model = DriftModel()
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=args.lr)
    model.train()
    for step in range(args.steps):
        x, drift = torch.randn(args.batch, 9, 5), torch.randn(args.batch, 2)
        opt.zero_grad()
        loss = nn.functional.smooth_l1_loss(model(x), drift)
        loss.backward()
        opt.step()
        print(f"step {step} loss {loss.item():.4f}")


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--steps", type=int, default=3)
    p.add_argument("--batch", type=int, default=4)
    p.add_argument("--lr", type=float, default=1e-3)
    p.add_argument("--seed", type=int, default=0)
    run(p.parse_args())
