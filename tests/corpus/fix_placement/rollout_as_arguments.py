# expect: crash
"""A recurrent imitation learner collects a batch with its policy in eval (no dropout while acting) and learns
from it in one statement, `self.learn(*self.collect())`: the eval inside the argument's call comes after any
train() written before that statement, so the fix has to keep the learning step off cuDNN instead."""
import torch
import torch.nn as nn


class RecurrentPolicy(nn.Module):
    def __init__(self, obs_dim=3, hidden=6, actions=3):
        super().__init__()
        self.core = nn.LSTM(obs_dim, hidden, batch_first=True)
        self.logits = nn.Linear(hidden, actions)

    def forward(self, history):
        return self.logits(self.core(history)[0][:, -1])


class Imitator:
    def __init__(self):
        self.policy = RecurrentPolicy()
        self.optim = torch.optim.RMSprop(self.policy.parameters(), lr=1e-3)

    def collect(self):
        self.policy.eval()
        with torch.no_grad():
            history = torch.randn(4, 6, 3)
            expert = self.policy(history).argmax(-1).roll(1)
        return history, expert

    def learn(self, history, expert):
        loss = nn.functional.cross_entropy(self.policy(history), expert)
        self.optim.zero_grad()
        loss.backward()  # TM001-here
        self.optim.step()
        return loss.item()

    def run(self, iterations):
        for _ in range(iterations):
            print(self.learn(*self.collect()))


torch.manual_seed(7)
Imitator().run(3)
