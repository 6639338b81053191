import torch
from torch import nn


class RecurrentActorCriticPolicy(nn.Module):
    def __init__(self, obs_dim, n_actions, lstm_hidden_size=8):
        super().__init__()
        self.features_extractor = nn.Flatten()
        self.lstm_actor = nn.LSTM(obs_dim, lstm_hidden_size)
        self.action_net = nn.Linear(lstm_hidden_size, n_actions)
        self.value_net = nn.Linear(lstm_hidden_size, 1)
        self.lstm_hidden_size = lstm_hidden_size

    def set_training_mode(self, mode: bool) -> None:
        self.train(mode)

    def initial_state(self, n_envs):
        z = torch.zeros(1, n_envs, self.lstm_hidden_size)
        return (z, z.clone())

    def _latent(self, obs_seq, lstm_states):
        latent, new_states = self.lstm_actor(obs_seq, lstm_states)
        return latent, new_states

    def forward(self, obs, lstm_states):
        latent, new_states = self._latent(obs.unsqueeze(0), lstm_states)
        dist = torch.distributions.Categorical(logits=self.action_net(latent[0]))
        actions = dist.sample()
        return actions, self.value_net(latent[0]).squeeze(-1), dist.log_prob(actions), new_states

    def evaluate_actions(self, obs_seq, actions, lstm_states):
        latent, _ = self._latent(obs_seq, lstm_states)
        dist = torch.distributions.Categorical(logits=self.action_net(latent))
        return self.value_net(latent).squeeze(-1), dist.log_prob(actions), dist.entropy()
