import copy

import torch
import torch.nn.functional as F

from buffer import ReplayBuffer
from networks import ActorNetwork, CriticNetwork


class Agent:
    def __init__(self, obs_dim, act_dim, hist, batch_size, gamma=0.99, tau=0.01):
        self.hist, self.batch_size, self.gamma, self.tau = hist, batch_size, gamma, tau
        self.actor, self.critic = ActorNetwork(obs_dim, act_dim), CriticNetwork(obs_dim, act_dim)
        self.target_actor, self.target_critic = copy.deepcopy(self.actor), copy.deepcopy(self.critic)
        self.actor_opt = torch.optim.Adam(self.actor.parameters(), lr=1e-4)
        self.critic_opt = torch.optim.Adam(self.critic.parameters(), lr=1e-3)
        self.memory = ReplayBuffer(100)

    def choose_action(self, state):
        self.actor.eval()
        with torch.no_grad():
            mu = self.actor(state.unsqueeze(0))
        self.actor.train()
        return mu.squeeze(0)

    def remember(self, s, a, r, s_, d):
        self.memory.store_transition(s, a, r, s_, float(d))

    def learn(self):
        if self.memory.mem_cntr < self.batch_size:
            return
        state, action, reward, new_state, done = self.memory.sample_buffer(self.batch_size)
        self.target_actor.eval()
        self.target_critic.eval()
        self.critic.eval()
        target_actions = self.target_actor(new_state)
        critic_value_ = self.target_critic(new_state, target_actions)
        critic_value = self.critic(state, action)
        target = (reward.unsqueeze(1) + self.gamma * critic_value_ * (1 - done.unsqueeze(1))).detach()
        self.critic.train()
        self.critic_opt.zero_grad()
        critic_loss = F.mse_loss(target, critic_value)
        critic_loss.backward()  # TM001-here
        self.critic_opt.step()
        self.critic.eval()
        self.actor_opt.zero_grad()
        mu = self.actor(state)
        self.actor.train()
        actor_loss = -self.critic(state, mu).mean()
        actor_loss.backward()
        self.actor_opt.step()
