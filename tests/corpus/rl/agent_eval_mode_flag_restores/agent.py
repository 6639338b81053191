import contextlib

import torch
import torch.nn as nn


class RecurrentQ(nn.Module):
    def __init__(self, obs_size=4, actions=3):
        super().__init__()
        self.lstm = nn.LSTM(obs_size, 8, batch_first=True)
        self.q = nn.Linear(8, actions)

    def forward(self, seq):
        return self.q(self.lstm(seq)[0][:, -1])


class QAgent:
    def __init__(self, model, lr=1e-2):
        self.model = model
        self.opt = torch.optim.SGD(model.parameters(), lr=lr)
        self.training = True

    @contextlib.contextmanager
    def eval_mode(self):
        self.training = False
        try:
            yield
        finally:
            self.training = True

    def new_observation(self):
        return torch.randn(1, 5, 4)

    def act(self, obs):
        self.model.train(self.training)
        with torch.no_grad():
            return int(self.model(obs).argmax())

    def observe(self, obs, reward):
        if self.training:
            loss = (self.model(obs).max() - reward) ** 2
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
