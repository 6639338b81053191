# expect: clean
"""An agent switches its networks through a property setter: `agent.mode = "act"` runs the setter, which puts the
recurrent core in eval for rollouts; the update sets `agent.mode = "learn"`, whose branch trains the core and the head again."""
import torch
import torch.nn as nn


class Agent:
    def __init__(self):
        self.core = nn.GRU(4, 8, batch_first=True)
        self.head = nn.Linear(8, 2)
        self._mode = "learn"

    @property
    def mode(self):
        return self._mode

    @mode.setter
    def mode(self, value):
        self._mode = value
        if value == "act":
            self.core.eval()
            self.head.eval()
        else:
            self.core.train()
            self.head.train()


def rollout(agent):
    agent.mode = "act"
    with torch.no_grad():
        return agent.head(agent.core(torch.randn(2, 5, 4))[0][:, -1])


def update(agent, opt):
    agent.mode = "learn"
    loss = agent.head(agent.core(torch.randn(2, 5, 4))[0][:, -1]).pow(2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()


agent = Agent()
opt = torch.optim.SGD(list(agent.core.parameters()) + list(agent.head.parameters()), lr=0.1)
for _ in range(2):
    rollout(agent)
    update(agent, opt)
