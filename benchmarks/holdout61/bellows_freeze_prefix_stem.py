# expect: clean
"""Bellows mender: air-leak detection from pressure traces.  Stage 2 of the
recipe freezes the pretrained encoder and trains the rest."""
import logging

import torch
from torch import nn

log = logging.getLogger("bellows")

CONFIG = {
    "freeze_prefixes": ("stem", "encoder"),
    "epochs": 2,
    "lr": 1e-2,
    "batch": 4,
    "steps": 3,
}


class Encoder(nn.Module):
    def __init__(self, d_in, hidden):
        super().__init__()
        self.norm = nn.LayerNorm(d_in)
        self.rnn = nn.GRU(d_in, hidden, batch_first=True, bidirectional=True)

    def forward(self, x):
        out, _ = self.rnn(self.norm(x))
        return out


class LeakDetector(nn.Module):
    def __init__(self, n_raw=3, d_in=5, hidden=6):
        super().__init__()
        self.stem = nn.Linear(n_raw, d_in)
        self.encoder = Encoder(d_in, hidden)
        self.head = nn.Linear(2 * hidden, 2)

    def forward(self, raw):
        return self.head(self.encoder(self.stem(raw)).amax(dim=1))


def freeze(model, prefixes):
    frozen = []
    for name, module in model.named_modules():
        if name and name.startswith(prefixes):
            module.eval()
            for p in module.parameters(recurse=False):
                p.requires_grad_(False)
            frozen.append(name)
    return frozen


def batches(cfg, seed):
    g = torch.Generator().manual_seed(seed)
    for _ in range(cfg["steps"]):
        x = torch.randn(cfg["batch"], 7, 3, generator=g)
        yield x, (x[..., 1].sum(-1) > 0).long()


def main(cfg):
    logging.basicConfig(level=logging.WARNING)
    torch.manual_seed(5)
    model = LeakDetector()
    model.train()
    log.info("frozen: %s", freeze(model, cfg["freeze_prefixes"]))
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.SGD(params, lr=cfg["lr"])
    crit = nn.CrossEntropyLoss()
    for epoch in range(cfg["epochs"]):
        running = 0.0
        for x, y in batches(cfg, epoch):
            loss = crit(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
            running += loss.item()
        print(f"epoch {epoch} loss {running / cfg['steps']:.4f} trainable {sum(p.numel() for p in params)}")


if __name__ == "__main__":
    main(CONFIG)
