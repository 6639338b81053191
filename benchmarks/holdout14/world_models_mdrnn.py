# expect: crash
"""World Models: VAE encodes frames, MDN-RNN collects rollouts in eval mode for the dataset, then the MDN-RNN is
trained on the recorded latents (GMM loss)."""
import math
from dataclasses import dataclass, field
import torch
import torch.nn as nn
import torch.nn.functional as F

LSIZE, ASIZE, RSIZE, NG = 4, 2, 8, 3


class VAE(nn.Module):
    def __init__(self):
        super().__init__()
        self.enc = nn.Linear(16, 2 * LSIZE)

    def forward(self, obs):
        mu, logsigma = self.enc(obs).chunk(2, -1)
        return mu + logsigma.exp() * torch.randn_like(mu), mu, logsigma


class MDRNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(LSIZE + ASIZE, RSIZE)
        self.gmm_linear = nn.Linear(RSIZE, (2 * LSIZE + 1) * NG + 2)

    def forward(self, actions, latents):
        outs, _ = self.rnn(torch.cat([actions, latents], -1))
        g = self.gmm_linear(outs)
        stride = NG * LSIZE
        mus = g[..., :stride].view(*g.shape[:2], NG, LSIZE)
        sigmas = g[..., stride:2 * stride].view(*g.shape[:2], NG, LSIZE).exp()
        logpi = F.log_softmax(g[..., 2 * stride:2 * stride + NG], -1)
        return mus, sigmas, logpi, g[..., -2], g[..., -1]


def gmm_loss(batch, mus, sigmas, logpi):
    batch = batch.unsqueeze(-2)
    normal = torch.distributions.Normal(mus, sigmas)
    g_log_probs = logpi + normal.log_prob(batch).sum(-1)
    return -torch.logsumexp(g_log_probs, -1).mean()


@dataclass
class Models:
    vae: VAE = field(default_factory=VAE)
    mdrnn: MDRNN = field(default_factory=MDRNN)


def rollout(models, steps=6):
    for m in (models.vae, models.mdrnn):
        m.eval()
    obs, latents, actions = torch.randn(steps, 1, 16), [], []
    with torch.no_grad():
        for t in range(steps):
            z, _, _ = models.vae(obs[t])
            a = torch.tanh(torch.randn(1, ASIZE))
            latents.append(z); actions.append(a)
            models.mdrnn(a.unsqueeze(0), z.unsqueeze(0))
    return torch.stack(latents), torch.stack(actions)


def train_mdrnn(mdrnn, data, epochs=2):
    opt = torch.optim.RMSprop(mdrnn.parameters(), lr=1e-3)
    for _ in range(epochs):
        for latents, actions in data:
            mus, sigmas, logpi, rs, ds = mdrnn(actions[:-1], latents[:-1])
            loss = (gmm_loss(latents[1:], mus, sigmas, logpi) + F.mse_loss(rs, torch.zeros_like(rs))) / (LSIZE + 2)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()


models = Models()
dataset = [rollout(models) for _ in range(3)]
train_mdrnn(models.mdrnn, dataset)
print("mdrnn trained")
