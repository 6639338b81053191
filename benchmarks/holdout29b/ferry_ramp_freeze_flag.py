# expect: crash
"""Ferry-ramp hinge wear from crossing logs (tokenised vessel classes + load).
`--freeze-encoder` (on by default in this run) freezes the pretrained LSTM and puts it
in eval; the vessel embedding and the head keep training."""
import argparse

import torch
import torch.nn as nn


class WearModel(nn.Module):
    def __init__(self, n_vessels=12, d=6, h=8):
        super().__init__()
        self.vessel = nn.Embedding(n_vessels, d)
        self.encoder = nn.LSTM(d + 1, h, batch_first=True)
        self.head = nn.Linear(h, 1)

    def forward(self, vessels, load):
        z = torch.cat([self.vessel(vessels), load.unsqueeze(-1)], -1)
        o, _ = self.encoder(z)
        return self.head(o[:, -1]).squeeze(-1)


def freeze(module):
    module.eval()
    for p in module.parameters():
        p.requires_grad = False


def main(argv):
    ap = argparse.ArgumentParser()
    ap.add_argument("--freeze-encoder", action="store_true")
    ap.add_argument("--steps", type=int, default=3)
    args = ap.parse_args(argv)
    torch.manual_seed(24)
    model = WearModel()
    if args.freeze_encoder:
        freeze(model.encoder)
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.Adam(params, lr=1e-2)
    for step in range(args.steps):
        v, load = torch.randint(0, 12, (4, 5)), torch.rand(4, 5)
        loss = (model(v, load) - load.sum(1)).pow(2).mean()
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(step, round(loss.item(), 4))


if __name__ == "__main__":
    main(["--freeze-encoder"])
