import torch
import torch.nn as nn
import torch.nn.functional as F


class RNN_VAE(nn.Module):
    def __init__(self, n_vocab, h_dim, z_dim, c_dim, max_len=5):
        super().__init__()
        self.n_vocab, self.z_dim, self.c_dim, self.max_len = n_vocab, z_dim, c_dim, max_len
        self.word_emb = nn.Embedding(n_vocab, h_dim)
        self.encoder = nn.GRU(h_dim, h_dim, batch_first=True)
        self.q_mu, self.q_logvar = nn.Linear(h_dim, z_dim), nn.Linear(h_dim, z_dim)
        self.decoder = nn.GRU(h_dim + z_dim + c_dim, z_dim + c_dim, batch_first=True)
        self.decoder_fc = nn.Linear(z_dim + c_dim, n_vocab)
        self.conv = nn.Conv1d(h_dim, 4, 3, padding=1)
        self.disc_fc = nn.Linear(4, c_dim)
        self.discriminator_params = list(self.conv.parameters()) + list(self.disc_fc.parameters())
        self.decoder_params = list(self.decoder.parameters()) + list(self.decoder_fc.parameters())

    def sample_z_prior(self, b):
        return torch.randn(b, self.z_dim)

    def sample_c_prior(self, b):
        return F.one_hot(torch.randint(0, self.c_dim, (b,)), self.c_dim).float()

    def forward_encoder(self, inputs):
        h = self.encoder(self.word_emb(inputs))[1][-1]
        return self.q_mu(h), self.q_logvar(h)

    def forward_decoder(self, inputs, z, c):
        zc = torch.cat([z, c], -1)
        emb = self.word_emb(inputs)
        x = torch.cat([emb, zc.unsqueeze(1).expand(-1, emb.size(1), -1)], -1)
        return self.decoder_fc(self.decoder(x, zc.unsqueeze(0))[0])

    def forward_discriminator(self, inputs):
        return self.disc_fc(F.relu(self.conv(self.word_emb(inputs).transpose(1, 2))).max(-1).values)

    def forward(self, sentence):
        mu, logvar = self.forward_encoder(sentence)
        z = mu + torch.exp(logvar / 2) * torch.randn_like(mu)
        c = self.sample_c_prior(sentence.size(0))
        logits = self.forward_decoder(sentence[:, :-1], z, c)
        recon = F.cross_entropy(logits.reshape(-1, self.n_vocab), sentence[:, 1:].reshape(-1))
        kl = 0.5 * (torch.exp(logvar) + mu ** 2 - 1 - logvar).sum(1).mean()
        return recon, kl

    def sample_sentence(self, z, c):
        self.eval()
        tok = torch.zeros(z.size(0), 1, dtype=torch.long)
        out = [tok]
        with torch.no_grad():
            for _ in range(self.max_len):
                tok = self.forward_decoder(tok, z, c)[:, -1].argmax(-1, keepdim=True)
                out.append(tok)
        return torch.cat(out, 1)
