import torch
import torch.nn as nn


class CriticNetwork(nn.Module):
    def __init__(self, obs_dim, act_dim, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(obs_dim, hidden, batch_first=True)
        self.fc_a = nn.Linear(act_dim, hidden)
        self.q = nn.Linear(hidden, 1)

    def forward(self, state, action):
        h = self.lstm(state)[0][:, -1]
        return self.q(torch.relu(h + self.fc_a(action)))


class ActorNetwork(nn.Module):
    def __init__(self, obs_dim, act_dim, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(obs_dim, hidden, batch_first=True)
        self.mu = nn.Linear(hidden, act_dim)

    def forward(self, state):
        return torch.tanh(self.mu(self.lstm(state)[0][:, -1]))
