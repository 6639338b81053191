# expect: crash
"""A `@dataclass` session whose `__post_init__` sets the policy's mode from the phase: "offline_rl" is not a
training phase, so the policy runs in eval mode when the session steps the optimizer."""
from dataclasses import dataclass, field

import torch
import torch.nn as nn

TRAINING_PHASES = ("pretrain", "finetune")


class Policy(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(5, 8, batch_first=True)
        self.head = nn.Linear(8, 4)

    def forward(self, obs):
        return self.head(self.lstm(obs)[0]).log_softmax(-1)


@dataclass
class Session:
    policy: nn.Module
    phase: str
    lr: float = 1e-3
    opt: torch.optim.Optimizer = field(init=False, repr=False)

    def __post_init__(self):
        self.policy.train(self.phase in TRAINING_PHASES)
        self.opt = torch.optim.Adam(self.policy.parameters(), lr=self.lr)

    def step(self, obs):
        loss = -self.policy(obs).max(-1).values.mean()
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()


if __name__ == "__main__":
    policy = Policy()
    print(Session(policy, "pretrain", lr=1e-2).step(torch.randn(2, 6, 5)))
    print(Session(policy, "offline_rl").step(torch.randn(2, 6, 5)))
