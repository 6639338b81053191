import torch
import torch.nn as nn


class NNBase(nn.Module):
    def __init__(self, recurrent, recurrent_input_size, hidden_size):
        super().__init__()
        self._hidden_size = hidden_size
        self._recurrent = recurrent
        if recurrent:
            self.gru = nn.GRU(recurrent_input_size, hidden_size)

    @property
    def is_recurrent(self):
        return self._recurrent

    @property
    def recurrent_hidden_state_size(self):
        return self._hidden_size if self._recurrent else 1

    def _forward_gru(self, x, hxs, masks):
        if x.size(0) == hxs.size(0):
            x, hxs = self.gru(x.unsqueeze(0), (hxs * masks).unsqueeze(0))
            return x.squeeze(0), hxs.squeeze(0)
        N = hxs.size(0)
        T = x.size(0) // N
        x = x.view(T, N, -1)
        masks = masks.view(T, N)
        outputs, h = [], hxs.unsqueeze(0)
        for t in range(T):
            o, h = self.gru(x[t:t + 1], h * masks[t].view(1, -1, 1))
            outputs.append(o)
        return torch.cat(outputs, 0).view(T * N, -1), h.squeeze(0)


class MLPBase(NNBase):
    def __init__(self, num_inputs, recurrent=False, hidden_size=64):
        super().__init__(recurrent, num_inputs, hidden_size)
        if recurrent:
            num_inputs = hidden_size
        self.actor = nn.Sequential(nn.Linear(num_inputs, hidden_size), nn.Tanh())
        self.critic = nn.Sequential(nn.Linear(num_inputs, hidden_size), nn.Tanh())
        self.critic_linear = nn.Linear(hidden_size, 1)

    def forward(self, inputs, rnn_hxs, masks):
        x = inputs
        if self.is_recurrent:
            x, rnn_hxs = self._forward_gru(x, rnn_hxs, masks)
        return self.critic_linear(self.critic(x)), self.actor(x), rnn_hxs


class Policy(nn.Module):
    def __init__(self, obs_dim, num_actions, base_kwargs=None):
        super().__init__()
        self.base = MLPBase(obs_dim, **(base_kwargs or {}))
        self.dist = nn.Linear(self.base._hidden_size, num_actions)

    @property
    def recurrent_hidden_state_size(self):
        return self.base.recurrent_hidden_state_size

    def act(self, inputs, rnn_hxs, masks, deterministic=False):
        value, actor_features, rnn_hxs = self.base(inputs, rnn_hxs, masks)
        dist = torch.distributions.Categorical(logits=self.dist(actor_features))
        action = dist.probs.argmax(-1) if deterministic else dist.sample()
        return value, action.unsqueeze(-1), dist.log_prob(action).unsqueeze(-1), rnn_hxs

    def get_value(self, inputs, rnn_hxs, masks):
        return self.base(inputs, rnn_hxs, masks)[0]

    def evaluate_actions(self, inputs, rnn_hxs, masks, action):
        value, actor_features, rnn_hxs = self.base(inputs, rnn_hxs, masks)
        dist = torch.distributions.Categorical(logits=self.dist(actor_features))
        return value, dist.log_prob(action.squeeze(-1)).unsqueeze(-1), dist.entropy().mean(), rnn_hxs
