# expect: crash
"""Dance-move forecasting (pose keypoints -> next pose) with a dataclass runner and an InitVar.

`deploy` is an InitVar consumed in __post_init__; the preview run was built with deploy=True and
then reused for a few steps of adaptation on the new choreography.
"""
from dataclasses import InitVar, dataclass, field

import torch
import torch.nn as nn


class PoseForecaster(nn.Module):
    def __init__(self, joints=6, hidden=10):
        super().__init__()
        self.gru = nn.GRU(joints * 2, hidden, batch_first=True, num_layers=2)
        self.head = nn.Linear(hidden, joints * 2)

    def forward(self, poses):
        h, _ = self.gru(poses)
        return poses[:, -1] + self.head(h[:, -1])


@dataclass
class Runner:
    model: nn.Module
    lr: float = 1e-2
    deploy: InitVar[bool] = False
    opt: torch.optim.Optimizer = field(init=False)

    def __post_init__(self, deploy):
        self.model.train(not deploy)
        self.opt = torch.optim.Adam(self.model.parameters(), lr=self.lr)

    def adapt(self, poses, target):
        loss = (self.model(poses) - target).pow(2).mean()
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()


def main():
    torch.manual_seed(7)
    poses = torch.randn(3, 8, 12)
    target = torch.randn(3, 12)
    preview = Runner(PoseForecaster(), deploy=True)
    with torch.no_grad():
        print("preview", preview.model(poses).shape)
    for _ in range(2):
        print(preview.adapt(poses, target))


if __name__ == "__main__":
    main()
