# expect: crash
"""A REINFORCE learner whose rollout helper acts in eval mode (no dropout noise while sampling) and returns
its log-probabilities in a namedtuple; the update differentiates them after the helper put the mode back."""
import collections

import torch
from torch import nn
from torch.distributions import Categorical

Rollout = collections.namedtuple("Rollout", "actions log_probs rewards")


class Policy(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.logits = nn.Linear(8, 2)

    def forward(self, observations):
        return self.logits(self.drop(self.gru(observations)[0][:, -1]))


def rollout(policy, observations):
    was_training = policy.training
    policy.eval()
    dist = Categorical(logits=policy(observations))
    actions = dist.sample()
    policy.train(was_training)
    rewards = (actions == 1).float()
    return Rollout(actions, dist.log_prob(actions), rewards)


def update(optimizer, record):
    loss = -(record.log_probs * (record.rewards - record.rewards.mean())).sum()
    optimizer.zero_grad()
    loss.backward()  # TM001-here
    optimizer.step()


policy = Policy()
optimizer = torch.optim.Adam(policy.parameters(), lr=0.01)
for episode in range(2):
    update(optimizer, rollout(policy, torch.randn(4, 5, 3)))
print("done")
