# expect: clean
"""An agent keeps its networks in a namedtuple built in its constructor; acting puts every one of them in eval,
and the update puts the encoder back in training mode too before its forward."""
from collections import namedtuple

import torch
import torch.nn as nn

Nets = namedtuple("Nets", ["encoder", "policy", "value"])


class Agent:
    def __init__(self):
        self.nets = Nets(encoder=nn.GRU(5, 8, batch_first=True), policy=nn.Linear(8, 3), value=nn.Linear(8, 1))
        self.opt = torch.optim.Adam([p for net in self.nets for p in net.parameters()], lr=1e-3)

    def features(self, obs):
        return self.nets.encoder(obs)[0]

    def act(self, obs):
        for net in self.nets:
            net.eval()
        with torch.no_grad():
            return self.nets.policy(self.features(obs)).argmax(-1)

    def update(self, obs, returns):
        self.nets.encoder.train()
        self.nets.policy.train()
        self.nets.value.train()
        h = self.features(obs)
        loss = (returns - self.nets.value(h).squeeze(-1)).pow(2).mean() - self.nets.policy(h).logsumexp(-1).mean()
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()


agent = Agent()
for _ in range(2):
    obs = torch.randn(2, 6, 5)
    agent.act(obs)
    agent.update(obs, torch.randn(2, 6))
