import torch
import torch.nn as nn


class VAE(nn.Module):
    def __init__(self, obs_dim=12, latent=4):
        super().__init__()
        self.enc = nn.Linear(obs_dim, 2 * latent)
        self.dec = nn.Linear(latent, obs_dim)

    def forward(self, x):
        mu, logvar = self.enc(x).chunk(2, -1)
        z = mu + torch.randn_like(mu) * (0.5 * logvar).exp()
        return self.dec(z), mu, logvar
