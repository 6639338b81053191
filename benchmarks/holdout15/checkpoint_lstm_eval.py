# expect: crash
"""torch.utils.checkpoint through a deep LSTM stack, as done to fit long
sequences in memory. The model is built by `build_from_config` which returns
`model.eval()` when the config says `deterministic: true` -- meant for
reproducible fine-tuning, but it switches off the RNNs' training flag too.
"""
import json

import torch
import torch.nn as nn
from torch.utils.checkpoint import checkpoint

CONFIG = json.loads('{"layers": 3, "hidden": 8, "deterministic": true, "use_checkpoint": true}')


class Block(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.norm = nn.LayerNorm(hidden)

    def forward(self, x):
        return self.norm(x + self.rnn(x)[0])


class DeepRNN(nn.Module):
    def __init__(self, layers, hidden, use_checkpoint):
        super().__init__()
        self.inp = nn.Linear(3, hidden)
        self.blocks = nn.ModuleList(Block(hidden) for _ in range(layers))
        self.out = nn.Linear(hidden, 1)
        self.use_checkpoint = use_checkpoint

    def forward(self, x):
        h = self.inp(x)
        for blk in self.blocks:
            h = checkpoint(blk, h, use_reentrant=False) if self.use_checkpoint else blk(h)
        return self.out(h[:, -1])


def build_from_config(cfg):
    model = DeepRNN(cfg["layers"], cfg["hidden"], cfg["use_checkpoint"])
    return model.eval() if cfg["deterministic"] else model


torch.manual_seed(0)
model = build_from_config(CONFIG)
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
x, y = torch.randn(2, 30, 3), torch.randn(2, 1)
for _ in range(2):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()  # TM001-here
    opt.step()
print(loss.item())
