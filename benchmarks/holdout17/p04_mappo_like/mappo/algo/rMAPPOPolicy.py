import torch
import torch.nn as nn


class R_Actor(nn.Module):
    def __init__(self, obs_dim, hidden, n_act):
        super().__init__()
        self.base = nn.Linear(obs_dim, hidden)
        self.rnn = nn.GRU(hidden, hidden)
        self.act = nn.Linear(hidden, n_act)

    def forward(self, obs, h):
        x, h = self.rnn(torch.relu(self.base(obs)).unsqueeze(0), h)
        return torch.distributions.Categorical(logits=self.act(x[0])), h


class R_MAPPOPolicy:
    def __init__(self, args, obs_dim=4, n_act=3):
        self.actor = R_Actor(obs_dim, args.hidden_size, n_act)
        self.critic = nn.Sequential(nn.Linear(obs_dim, args.hidden_size), nn.Tanh(), nn.Linear(args.hidden_size, 1))
        self.actor_optimizer = torch.optim.Adam(self.actor.parameters(), lr=5e-4)
        self.critic_optimizer = torch.optim.Adam(self.critic.parameters(), lr=5e-4)

    def get_actions(self, obs, h):
        dist, h = self.actor(obs, h)
        a = dist.sample()
        return a, dist.log_prob(a), self.critic(obs).squeeze(-1), h

    def evaluate_actions(self, obs, h, actions):
        dist, _ = self.actor(obs, h)
        return dist.log_prob(actions), dist.entropy().mean(), self.critic(obs).squeeze(-1)
