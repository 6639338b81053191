import torch
import torch.nn as nn


class MDRNN(nn.Module):
    def __init__(self, latent, action, hidden, gaussians):
        super().__init__()
        self.latent, self.gaussians = latent, gaussians
        self.rnn = nn.LSTM(latent + action, hidden)
        self.gmm_linear = nn.Linear(hidden, (2 * latent + 1) * gaussians)

    def forward(self, actions, latents, hidden=None):
        outs, hidden = self.rnn(torch.cat([actions, latents], -1), hidden)
        return self.gmm_linear(outs), outs, hidden


class Controller(nn.Module):
    def __init__(self, latent, action, hidden, **_):
        super().__init__()
        self.fc = nn.Linear(latent + hidden, action)

    def forward(self, z, h):
        return torch.tanh(self.fc(torch.cat([z, h], -1)))
