import torch
import torch.nn as nn
from torch.distributions import Categorical


class ACModel(nn.Module):
    recurrent = True

    def __init__(self, obs_dim, n_actions, use_memory=True):
        super().__init__()
        self.use_memory = use_memory
        self.image_embedding_size = 8
        self.image_conv = nn.Sequential(nn.Linear(obs_dim, 8), nn.ReLU())
        self.memory_rnn = nn.LSTM(8, 8)
        self.actor = nn.Sequential(nn.Linear(8, 16), nn.Tanh(), nn.Linear(16, n_actions))
        self.critic = nn.Sequential(nn.Linear(8, 16), nn.Tanh(), nn.Linear(16, 1))

    @property
    def memory_size(self):
        return 2 * self.image_embedding_size

    def forward(self, obs, memory):
        x = self.image_conv(obs)
        hidden = (memory[:, :8].unsqueeze(0).contiguous(), memory[:, 8:].unsqueeze(0).contiguous())
        out, hidden = self.memory_rnn(x.unsqueeze(0), hidden)
        embedding = out.squeeze(0)
        memory = torch.cat(hidden, -1).squeeze(0)
        dist = Categorical(logits=self.actor(embedding))
        return dist, self.critic(embedding).squeeze(1), memory
