# expect: clean
# category: reinforcement-learning
"""DDPG with LSTM actor/critic over observation histories. Target networks are evaluated in eval
mode under no_grad; the online critic and actor are switched back to train() before their forwards."""
import copy
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
OBS, ACT, HIST = 4, 2, 5


class Actor(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(OBS, 12, batch_first=True)
        self.mu = nn.Linear(12, ACT)

    def forward(self, obs_hist):
        return torch.tanh(self.mu(self.lstm(obs_hist)[0][:, -1]))


class Critic(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(OBS, 12, batch_first=True)
        self.q = nn.Sequential(nn.Linear(12 + ACT, 12), nn.ReLU(), nn.Linear(12, 1))

    def forward(self, obs_hist, action):
        return self.q(torch.cat([self.lstm(obs_hist)[0][:, -1], action], -1)).squeeze(-1)


actor, critic = Actor(), Critic()
target_actor, target_critic = copy.deepcopy(actor), copy.deepcopy(critic)
actor_opt = torch.optim.Adam(actor.parameters(), lr=1e-3)
critic_opt = torch.optim.Adam(critic.parameters(), lr=1e-3)


def soft_update(target, source, tau=0.01):
    for t, s in zip(target.parameters(), source.parameters()):
        t.data.mul_(1 - tau).add_(tau * s.data)


for step in range(3):
    s, a = torch.randn(8, HIST, OBS), torch.rand(8, ACT) * 2 - 1
    r, s2, done = torch.randn(8), torch.randn(8, HIST, OBS), torch.zeros(8)
    target_actor.eval()
    target_critic.eval()
    critic.eval()
    with torch.no_grad():
        y = r + 0.99 * (1 - done) * target_critic(s2, target_actor(s2))
    critic.train()
    critic_loss = F.mse_loss(critic(s, a), y)
    critic_opt.zero_grad()
    critic_loss.backward()
    critic_opt.step()
    actor.train()
    actor_loss = -critic(s, actor(s)).mean()
    actor_opt.zero_grad()
    actor_loss.backward()
    actor_opt.step()
    soft_update(target_actor, actor)
    soft_update(target_critic, critic)
    print(step, round(critic_loss.item(), 3), round(actor_loss.item(), 3))
