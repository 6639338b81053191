import torch
from torch import nn


class ActorCritic(nn.Module):
    def __init__(self, obs_dim, num_actions, hidden, core_cls):
        super().__init__()
        self.encoder = nn.Sequential(nn.Linear(obs_dim, hidden), nn.ELU())
        self.core = core_cls(hidden, hidden)
        self.action_head = nn.Linear(hidden, num_actions)
        self.critic_head = nn.Linear(hidden, 1)

    def forward(self, obs, rnn_states):
        x = self.encoder(obs)
        x, new_states = self.core(x, rnn_states)
        return self.action_head(x), self.critic_head(x).squeeze(-1), new_states


_CORES = {"lstm": nn.LSTM, "gru": nn.GRU}


def create_actor_critic(cfg):
    return ActorCritic(cfg["obs_dim"], cfg["num_actions"], cfg["hidden"], _CORES[cfg["core"]])
