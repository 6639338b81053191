# expect: crash
"""Sonar contact classifier, hardened against small perturbations of the echo traces. The run's settings are kept
as the JSON text of the last sheet (json.loads of a string written in the script); the attack's settings reach the
attacker's constructor through `**settings["attack"]`, and `"attack_mode": "eval"` makes perturb() run the model in
eval mode: its input gradient runs back through the eval LSTM."""
import json

import torch
from torch import nn

from defence.hardening import Hardener

SETTINGS = json.loads("""
{
  "attack": {"eps": 0.05, "steps": 2, "alpha": 0.02, "attack_mode": "eval"},
  "optim": {"lr": 0.01}
}
""")


class ContactNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 8, batch_first=True)
        self.out = nn.Linear(8, 3)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1])


if __name__ == "__main__":
    torch.manual_seed(9)
    batches = [(torch.randn(4, 6, 2), torch.randint(0, 3, (4,))) for _ in range(2)]
    hardener = Hardener(ContactNet(), SETTINGS)
    print("loss", round(hardener.epoch(batches), 4))
