"""Controllable text VAE (Hu et al. style): GRU encoder/decoder plus a CNN attribute discriminator."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class RNN_VAE(nn.Module):
    def __init__(self, vocab=30, h_dim=12, z_dim=6, c_dim=2, max_len=7):
        super().__init__()
        self.vocab, self.z_dim, self.c_dim, self.max_len = vocab, z_dim, c_dim, max_len
        self.word_emb = nn.Embedding(vocab, h_dim)
        self.encoder = nn.GRU(h_dim, h_dim)
        self.q_mu, self.q_logvar = nn.Linear(h_dim, z_dim), nn.Linear(h_dim, z_dim)
        self.decoder = nn.GRU(h_dim + z_dim + c_dim, z_dim + c_dim, dropout=0.0)
        self.decoder_fc = nn.Linear(z_dim + c_dim, vocab)
        self.conv = nn.Conv1d(h_dim, 8, 3)
        self.disc_fc = nn.Linear(8, c_dim)

    def sample_z_prior(self, b):
        return torch.randn(b, self.z_dim)

    def sample_c_prior(self, b):
        return F.one_hot(torch.randint(0, self.c_dim, (b,)), self.c_dim).float()

    def forward_discriminator(self, inputs_soft):
        # inputs_soft: (batch, seq, vocab) soft one-hot
        emb = inputs_soft @ self.word_emb.weight
        return self.disc_fc(F.relu(self.conv(emb.transpose(1, 2))).max(2).values)

    def sample_soft_embed(self, z, c, temp=1.0):
        """Differentiable (soft) generation used to train the generator against the discriminator."""
        self.eval()
        zc = torch.cat([z, c], -1)
        h = zc.unsqueeze(0)
        word = self.word_emb(torch.zeros(z.size(0), dtype=torch.long))
        outputs = []
        for _ in range(self.max_len):
            out, h = self.decoder(torch.cat([word, zc], -1).unsqueeze(0), h)
            probs = F.softmax(self.decoder_fc(out.squeeze(0)) / temp, -1)
            outputs.append(probs)
            word = probs @ self.word_emb.weight
        return torch.stack(outputs, 1)
