# expect: crash
# category: wrappers
"""DDPG agent with LSTM actor/critic over stacked frames; learn() sets eval for the targets (pytorch#37965 shape)."""
import copy

import torch as T
import torch.nn as nn
import torch.nn.functional as F

T.manual_seed(32)


class CriticNetwork(nn.Module):
    def __init__(self, state_dim=8, n_actions=2, hidden=16):
        super().__init__()
        self.lstm = nn.LSTM(state_dim, hidden, batch_first=True)
        self.action_value = nn.Linear(n_actions, hidden)
        self.q = nn.Linear(hidden, 1)

    def forward(self, state, action):
        _, (h, _) = self.lstm(state)
        return self.q(F.relu(h[-1] + self.action_value(action)))


class ActorNetwork(nn.Module):
    def __init__(self, state_dim=8, n_actions=2, hidden=16):
        super().__init__()
        self.lstm = nn.LSTM(state_dim, hidden, batch_first=True)
        self.mu = nn.Linear(hidden, n_actions)

    def forward(self, state):
        out, _ = self.lstm(state)
        return T.tanh(self.mu(out[:, -1]))


class Agent:
    def __init__(self, gamma=0.99, tau=0.01, batch_size=4):
        self.gamma, self.tau, self.batch_size = gamma, tau, batch_size
        self.actor, self.critic = ActorNetwork(), CriticNetwork()
        self.target_actor, self.target_critic = copy.deepcopy(self.actor), copy.deepcopy(self.critic)
        self.critic_optimizer = T.optim.Adam(self.critic.parameters(), lr=1e-3)
        self.memory = [(T.randn(4, 8), T.rand(2) * 2 - 1, T.rand(()), T.randn(4, 8), T.tensor(1.0)) for _ in range(8)]

    def sample_buffer(self):
        idx = T.randint(0, len(self.memory), (self.batch_size,))
        batch = [self.memory[i] for i in idx]
        return [T.stack(items) for items in zip(*batch)]

    def learn(self):
        state, action, reward, new_state, done = self.sample_buffer()
        self.target_actor.eval()
        self.target_critic.eval()
        self.critic.eval()
        target_actions = self.target_actor(new_state)
        critic_value_ = self.target_critic(new_state, target_actions)
        critic_value = self.critic(state, action)
        target = reward.view(-1, 1) + self.gamma * critic_value_ * done.view(-1, 1)
        self.critic.train()
        self.critic_optimizer.zero_grad()
        critic_loss = F.mse_loss(target.detach(), critic_value)
        critic_loss.backward()  # TM001-here
        self.critic_optimizer.step()
        return critic_loss.item()


agent = Agent()
for step in range(3):
    print("critic loss", agent.learn())
