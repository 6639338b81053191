import torch
import torch.nn as nn


class VAE(nn.Module):
    def __init__(self, latent, **_):
        super().__init__()
        self.enc = nn.Sequential(nn.Linear(12, 16), nn.ReLU(), nn.Linear(16, 2 * latent))

    def forward(self, obs):
        mu, logvar = self.enc(obs).chunk(2, -1)
        return mu + torch.randn_like(mu) * (0.5 * logvar).exp()
