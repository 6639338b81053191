# expect: crash
# fix: cudnn
"""Relay pacing: one small GRU per leg predicts the next split. The coach benches the anchor leg
(`rest_anchor()` puts the runner kept under "anchor" in eval mode) and every drill then
trains all runners, the benched one too: its backward goes through an eval-mode GRU."""
import torch
from torch import nn

from relay.crew import Coach


class Pacer(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 6, batch_first=True)
        self.out = nn.Linear(6, 1)

    def forward(self, splits):
        return self.out(self.gru(splits)[0][:, -1])


def main():
    torch.manual_seed(3)
    runners = {leg: Pacer() for leg in ("lead", "second", "anchor")}
    coach = Coach(runners)
    coach.warm_up()
    coach.rest_anchor()
    for lap in range(2):
        splits = torch.randn(4, 5, 3)
        print(lap, coach.drill(splits, splits[:, -1, :1]))  # TM001-here


if __name__ == "__main__":
    main()
