# expect: clean
"""The backend section of a JSON config decides whether cuDNN runs (here: off); a trainer method
applies it, and the adaptation step after validation runs in eval mode without cuDNN."""
import json

import torch
from torch import nn

torch.manual_seed(12)
CONFIG = json.loads('{"backend": {"cudnn": false}, "epochs": 2}')


class Trainer:
    def __init__(self, config):
        self.config = config
        self.apply_backend(config["backend"])
        self.rnn = nn.GRU(3, 5, batch_first=True)
        self.optim = torch.optim.Adam(self.rnn.parameters(), lr=1e-3)

    def apply_backend(self, backend):
        torch.backends.cudnn.enabled = backend.get("cudnn", True)

    def step(self, x):
        out, _ = self.rnn(x)
        self.optim.zero_grad()
        out.abs().mean().backward()
        self.optim.step()

    def run(self):
        for _ in range(self.config["epochs"]):
            self.rnn.train()
            self.step(torch.randn(2, 4, 3))
            self.rnn.eval()
            self.step(torch.randn(2, 4, 3))  # adapt on the validation batch, dropout off


Trainer(CONFIG).run()
