import torch
import torch.nn as nn
from torch.distributions import Categorical


class RecurrentActorCriticPolicy(nn.Module):
    def __init__(self, obs_dim, n_actions, lstm_hidden=16):
        super().__init__()
        self.features_extractor = nn.Sequential(nn.Linear(obs_dim, 16), nn.Tanh())
        self.lstm_actor = nn.LSTM(16, lstm_hidden)
        self.action_net = nn.Linear(lstm_hidden, n_actions)
        self.value_net = nn.Linear(lstm_hidden, 1)

    def set_training_mode(self, mode):
        self.train(mode)

    def _latent(self, obs, lstm_states):
        feats = self.features_extractor(obs).unsqueeze(0)
        latent, lstm_states = self.lstm_actor(feats, lstm_states)
        return latent.squeeze(0), lstm_states

    def forward(self, obs, lstm_states=None):
        latent, lstm_states = self._latent(obs, lstm_states)
        dist = Categorical(logits=self.action_net(latent))
        actions = dist.sample()
        return actions, self.value_net(latent).squeeze(-1), dist.log_prob(actions), lstm_states

    def evaluate_actions(self, obs, actions, lstm_states=None):
        latent, _ = self._latent(obs, lstm_states)
        dist = Categorical(logits=self.action_net(latent))
        return self.value_net(latent).squeeze(-1), dist.log_prob(actions), dist.entropy()
