# expect: clean
"""An on-policy learner holding a recurrent policy: rollouts switch it with the policy's own
set_training_mode(False), and the update switches it back the same way,
LSTM included."""
import torch
from torch import nn

torch.manual_seed(6)


class RecurrentPolicy(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 8)
        self.head = nn.Linear(8, 2)

    def set_training_mode(self, mode):
        self.train(mode)

    def forward(self, obs):
        return self.head(self.lstm(obs)[0])


class Learner:
    def __init__(self, policy):
        self.policy = policy
        self.opt = torch.optim.Adam(policy.parameters(), lr=1e-3)

    def collect(self):
        self.policy.set_training_mode(False)
        with torch.no_grad():
            return torch.randn(5, 3, 4), self.policy(torch.randn(5, 3, 4)).argmax(-1)

    def update(self, obs, actions):
        self.policy.set_training_mode(True)
        logits = self.policy(obs)
        loss = nn.functional.cross_entropy(logits.flatten(0, 1), actions.flatten())
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()

    def learn(self, iterations):
        for _ in range(iterations):
            self.update(*self.collect())


Learner(RecurrentPolicy()).learn(2)
