"""Text VAE with an LSTM encoder and an LSTM decoder conditioned on the latent code."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class RNNVAE(nn.Module):
    def __init__(self, vocab=30, dim=12, latent=4):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.enc = nn.LSTM(dim, dim, batch_first=True)
        self.to_mean, self.to_logvar = nn.Linear(dim, latent), nn.Linear(dim, latent)
        self.dec = nn.LSTM(dim + latent, dim, batch_first=True)
        self.out = nn.Linear(dim, vocab)

    def encode(self, sents):
        h = self.enc(self.emb(sents))[0][:, -1]
        return self.to_mean(h), self.to_logvar(h)

    def dec_nll(self, sents, z):
        inp = self.emb(sents[:, :-1])
        z_rep = z.unsqueeze(1).expand(-1, inp.size(1), -1)
        logits = self.out(self.dec(torch.cat([inp, z_rep], -1))[0])
        return F.cross_entropy(logits.flatten(0, 1), sents[:, 1:].flatten(), reduction="sum") / sents.size(0)


def kl(mean, logvar):
    return -0.5 * (1 + logvar - mean.pow(2) - logvar.exp()).sum(1).mean()


def variational_loss(model):
    def loss_fn(params, sents):
        mean, logvar = params
        z = mean + torch.randn_like(mean) * (0.5 * logvar).exp()
        return model.dec_nll(sents, z) + kl(mean, logvar)
    return loss_fn
