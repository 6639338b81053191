# expect: clean
# category: held_objects
"""DRQN agent: acting in eval mode under no_grad, learning restores train mode on agent.q_net."""
import copy
import random

import torch
import torch.nn as nn


class QNetwork(nn.Module):
    def __init__(self, obs_dim=4, n_actions=3):
        super().__init__()
        self.encoder = nn.GRU(obs_dim, 16, batch_first=True)
        self.q_head = nn.Linear(16, n_actions)

    def forward(self, obs_seq):
        return self.q_head(self.encoder(obs_seq)[0][:, -1])


class Agent:
    def __init__(self):
        self.q_net = QNetwork()
        self.target_net = copy.deepcopy(self.q_net).eval()
        self.optimizer = torch.optim.Adam(self.q_net.parameters(), lr=1e-3)
        self.memory = []

    def act(self, obs_seq, eps=0.1):
        if random.random() < eps:
            return random.randrange(3)
        self.q_net.eval()
        with torch.no_grad():
            return int(self.q_net(obs_seq.unsqueeze(0)).argmax())

    def learn(self, batch_size=4, gamma=0.9):
        batch = random.sample(self.memory, batch_size)
        obs = torch.stack([b[0] for b in batch])
        act = torch.tensor([b[1] for b in batch])
        rew = torch.tensor([b[2] for b in batch])
        nxt = torch.stack([b[3] for b in batch])
        self.q_net.train()
        q = self.q_net(obs).gather(1, act.unsqueeze(1)).squeeze(1)
        with torch.no_grad():
            target = rew + gamma * self.target_net(nxt).max(1).values
        loss = nn.functional.smooth_l1_loss(q, target)
        self.optimizer.zero_grad()
        loss.backward()
        self.optimizer.step()


random.seed(0)
torch.manual_seed(0)
agent = Agent()
obs = torch.randn(5, 4)
for t in range(12):
    a = agent.act(obs)
    nxt = torch.randn(5, 4)
    agent.memory.append((obs, a, float(a == 1), nxt))
    obs = nxt
    if len(agent.memory) >= 4:
        agent.learn()
