"""DDPG agent with recurrent actor and critic over observation histories (pytorch#37965 shape, fixed)."""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F


class Actor(nn.Module):
    def __init__(self, obs=4, act=2, hidden=12):
        super().__init__()
        self.rnn = nn.LSTM(obs, hidden, batch_first=True)
        self.mu = nn.Linear(hidden, act)

    def forward(self, hist):
        return torch.tanh(self.mu(self.rnn(hist)[0][:, -1]))


class Critic(nn.Module):
    def __init__(self, obs=4, act=2, hidden=12):
        super().__init__()
        self.rnn = nn.LSTM(obs, hidden, batch_first=True)
        self.q = nn.Sequential(nn.Linear(hidden + act, hidden), nn.ReLU(), nn.Linear(hidden, 1))

    def forward(self, hist, action):
        return self.q(torch.cat([self.rnn(hist)[0][:, -1], action], -1))


class Agent:
    def __init__(self, gamma=0.99, tau=0.05):
        self.actor, self.critic = Actor(), Critic()
        self.target_actor, self.target_critic = copy.deepcopy(self.actor), copy.deepcopy(self.critic)
        self.actor_opt = torch.optim.Adam(self.actor.parameters(), lr=1e-3)
        self.critic_opt = torch.optim.Adam(self.critic.parameters(), lr=1e-3)
        self.gamma, self.tau = gamma, tau

    def learn(self, state, action, reward, new_state, done):
        self.target_actor.eval()
        self.target_critic.eval()
        # targets as plain numbers: nothing flows back through the eval-mode target networks
        target = []
        next_q = self.target_critic(new_state, self.target_actor(new_state)).squeeze(1).tolist()
        for j in range(len(next_q)):
            target.append(reward[j].item() + self.gamma * next_q[j] * (1 - done[j].item()))
        target = torch.tensor(target).unsqueeze(1)

        self.critic.train()
        critic_loss = F.mse_loss(self.critic(state, action), target)
        self.critic_opt.zero_grad(); critic_loss.backward(); self.critic_opt.step()

        self.actor.train()
        actor_loss = -self.critic(state, self.actor(state)).mean()
        self.actor_opt.zero_grad(); actor_loss.backward(); self.actor_opt.step()
        self._soft_update()
        return critic_loss.item(), actor_loss.item()

    @torch.no_grad()
    def _soft_update(self):
        for tgt, src in ((self.target_actor, self.actor), (self.target_critic, self.critic)):
            for tp, sp in zip(tgt.parameters(), src.parameters()):
                tp.mul_(1 - self.tau).add_(self.tau * sp)
