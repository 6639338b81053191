# expect: crash
"""Latent-ODE / VRNN-style sequence VAE with a GRU recognition network run backwards in time; a reconstruction
'plot' helper switches the encoder off with train(False) and the KL-annealed training continues."""
import torch
import torch.nn as nn


class GRUEncoder(nn.Module):
    def __init__(self, obs_dim=2, hid=10, latent=3):
        super().__init__()
        self.gru = nn.GRU(obs_dim + 1, hid, batch_first=True)
        self.h2z = nn.Linear(hid, 2 * latent)

    def forward(self, xs, ts):
        inp = torch.cat([xs, ts.unsqueeze(-1)], -1).flip(1)
        _, h = self.gru(inp)
        return self.h2z(h[-1]).chunk(2, -1)


class Decoder(nn.Module):
    def __init__(self, latent=3, obs_dim=2):
        super().__init__()
        self.dyn = nn.Sequential(nn.Linear(latent, 16), nn.Tanh(), nn.Linear(16, latent))
        self.out = nn.Linear(latent, obs_dim)

    def forward(self, z0, ts):
        zs, z = [], z0
        dt = ts[0, 1] - ts[0, 0]
        for _ in range(ts.size(1)):
            zs.append(z)
            z = z + dt * self.dyn(z)   # Euler steps instead of odeint
        return self.out(torch.stack(zs, 1))


enc, dec = GRUEncoder(), Decoder()
params = list(enc.parameters()) + list(dec.parameters())
opt = torch.optim.Adam(params, lr=1e-2)
ts = torch.linspace(0, 1, 8).expand(5, 8)
xs = torch.stack([torch.sin(ts * 6), torch.cos(ts * 6)], -1) + 0.05 * torch.randn(5, 8, 2)


def visualise(encoder, decoder, xs, ts):
    encoder.train(False)
    with torch.no_grad():
        mu, _ = encoder(xs, ts)
        rec = decoder(mu, ts)
    print("recon err", (rec - xs).pow(2).mean().item())


for itr in range(1, 7):
    kl_coef = min(1.0, itr / 4)
    qz_mean, qz_logvar = enc(xs, ts)
    z0 = qz_mean + torch.randn_like(qz_mean) * (0.5 * qz_logvar).exp()
    pred = dec(z0, ts)
    logpx = -((pred - xs) ** 2).sum((1, 2)) / (2 * 0.01)
    kl = 0.5 * (qz_mean ** 2 + qz_logvar.exp() - qz_logvar - 1).sum(-1)
    loss = -(logpx - kl_coef * kl).mean()
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    if itr % 3 == 0:
        visualise(enc, dec, xs, ts)
