# expect: crash
"""Sawmill blade-vibration probe: a pretrained LSTM encoder is frozen and kept in eval; only a probe head is trained."""
import logging

import torch
import torch.nn as nn

logging.basicConfig(level=logging.INFO, format="%(message)s")
log = logging.getLogger("sawmill")


class Encoder(nn.Module):
    def __init__(self, n_in=3, hidden=10):
        super().__init__()
        self.adapter = nn.Linear(n_in, n_in)
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)

    def forward(self, x):
        return self.lstm(self.adapter(x))[0][:, -1]


def freeze(module, modules_to_keep=()):
    for name, p in module.named_parameters():
        p.requires_grad_(name.split(".")[0] in modules_to_keep)
    return module.eval()


def main():
    torch.manual_seed(0)
    enc = freeze(Encoder(), modules_to_keep=("adapter",))
    probe = nn.Linear(10, 2)
    params = [p for p in list(enc.parameters()) + list(probe.parameters()) if p.requires_grad]
    opt = torch.optim.Adam(params, lr=1e-2)
    for step in range(3):
        x = torch.randn(5, 8, 3)
        y = torch.randint(0, 2, (5,))
        loss = nn.functional.cross_entropy(probe(enc(x)), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        log.info("step %d loss %.4f", step, loss.item())


if __name__ == "__main__":
    main()
