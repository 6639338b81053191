import math

import torch
import torch.nn as nn


def gmm_loss(z_next, mus, sigmas, logpi):
    z = z_next.unsqueeze(-2)
    log_prob = (-0.5 * ((z - mus) / sigmas) ** 2 - sigmas.log() - 0.5 * math.log(2 * math.pi)).sum(-1)
    return -torch.logsumexp(logpi + log_prob, -1).mean()


class _MDRNNBase(nn.Module):
    def __init__(self, latents, actions, hiddens, gaussians):
        super().__init__()
        self.latents, self.gaussians = latents, gaussians
        self.gmm_linear = nn.Linear(hiddens, (2 * latents + 1) * gaussians + 2)

    def split(self, out):
        g, l = self.gaussians, self.latents
        mus = out[..., :g * l].unflatten(-1, (g, l))
        sigmas = out[..., g * l:2 * g * l].unflatten(-1, (g, l)).exp()
        logpi = out[..., 2 * g * l:2 * g * l + g].log_softmax(-1)
        return mus, sigmas, logpi, out[..., -2], out[..., -1]


class MDRNN(_MDRNNBase):
    """Sequence version used for training: an nn.LSTM over whole sequences."""

    def __init__(self, latents=4, actions=2, hiddens=16, gaussians=3):
        super().__init__(latents, actions, hiddens, gaussians)
        self.rnn = nn.LSTM(latents + actions, hiddens)

    def forward(self, actions, latents):
        outs, _ = self.rnn(torch.cat([actions, latents], -1))
        return self.split(self.gmm_linear(outs))


class MDRNNCell(_MDRNNBase):
    """Single-step version used in the dream: an nn.LSTMCell sharing the trained weights."""

    def __init__(self, latents=4, actions=2, hiddens=16, gaussians=3):
        super().__init__(latents, actions, hiddens, gaussians)
        self.rnn = nn.LSTMCell(latents + actions, hiddens)

    def load_from_sequence_model(self, mdrnn):
        sd = {k.replace("_l0", ""): v for k, v in mdrnn.state_dict().items()}
        self.load_state_dict(sd)
        return self

    def forward(self, action, latent, hidden):
        h, c = self.rnn(torch.cat([action, latent], -1), hidden)
        return self.split(self.gmm_linear(h)) + ((h, c),)
