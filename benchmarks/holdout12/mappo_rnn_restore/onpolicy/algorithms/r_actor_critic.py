import torch
import torch.nn as nn

from .utils import RNNLayer


class R_Actor(nn.Module):
    def __init__(self, args, obs_dim, act_dim):
        super().__init__()
        self.base = nn.Sequential(nn.Linear(obs_dim, args.hidden_size), nn.ReLU())
        self.rnn = RNNLayer(args.hidden_size, args.hidden_size, args.recurrent_N)
        self.act = nn.Linear(args.hidden_size, act_dim)

    def forward(self, obs, rnn_states, masks, deterministic=False):
        x, rnn_states = self.rnn(self.base(obs), rnn_states, masks)
        dist = torch.distributions.Categorical(logits=self.act(x))
        actions = dist.mode if deterministic else dist.sample()
        return actions, dist.log_prob(actions), rnn_states

    def evaluate_actions(self, obs, rnn_states, action, masks):
        x, _ = self.rnn(self.base(obs), rnn_states, masks)
        dist = torch.distributions.Categorical(logits=self.act(x))
        return dist.log_prob(action), dist.entropy().mean()


class R_Critic(nn.Module):
    def __init__(self, args, cent_obs_dim):
        super().__init__()
        self.base = nn.Sequential(nn.Linear(cent_obs_dim, args.hidden_size), nn.ReLU())
        self.rnn = RNNLayer(args.hidden_size, args.hidden_size, args.recurrent_N)
        self.v_out = nn.Linear(args.hidden_size, 1)

    def forward(self, cent_obs, rnn_states, masks):
        x, rnn_states = self.rnn(self.base(cent_obs), rnn_states, masks)
        return self.v_out(x), rnn_states
