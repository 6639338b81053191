# expect: clean
"""Entry script: random transitions from a replay buffer, a few learning steps."""
import torch

from agent import Agent


class ReplayBuffer:
    def __init__(self, size=32, hist=5, obs=4, act=2):
        self.state = torch.randn(size, hist, obs)
        self.action = torch.rand(size, act) * 2 - 1
        self.reward = torch.randn(size)
        self.new_state = torch.randn(size, hist, obs)
        self.done = torch.randint(0, 2, (size,)).float()

    def sample(self, batch):
        idx = torch.randint(0, len(self.reward), (batch,))
        return self.state[idx], self.action[idx], self.reward[idx], self.new_state[idx], self.done[idx]


if __name__ == "__main__":
    torch.manual_seed(0)
    agent, buffer = Agent(), ReplayBuffer()
    for step in range(4):
        c, a = agent.learn(*buffer.sample(6))
        print(f"step {step}: critic {c:.4f} actor {a:.4f}")
