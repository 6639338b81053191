import torch.nn as nn


class RecurrentActor(nn.Module):
    def __init__(self, obs_dim, hidden, n_actions, stack_num):
        super().__init__()
        self.stack_num = stack_num
        self.fc1 = nn.Linear(obs_dim, hidden)
        self.nn = nn.LSTM(hidden, hidden, batch_first=True)
        self.fc2 = nn.Linear(hidden, n_actions)

    def forward(self, obs):
        h, _ = self.nn(self.fc1(obs))
        return self.fc2(h[:, -1])
