# expect: crash
# Rebuilt from wiseodd/controlled-text-generation#24: train_discriminator.py calls model.sample_sentence(z, c),
# which calls self.eval() and never switches back, then loss_G.backward() through the GRU decoder.
import torch
import torch.nn as nn
import torch.nn.functional as F


class RNN_VAE(nn.Module):
    def __init__(self, n_vocab=30, h_dim=12, z_dim=6, c_dim=2, max_sent_len=7):
        super().__init__()
        self.n_vocab, self.z_dim, self.c_dim, self.max_sent_len = n_vocab, z_dim, c_dim, max_sent_len
        self.word_emb = nn.Embedding(n_vocab, h_dim)
        self.encoder = nn.GRU(h_dim, h_dim)
        self.q_mu, self.q_logvar = nn.Linear(h_dim, z_dim), nn.Linear(h_dim, z_dim)
        self.decoder = nn.GRU(h_dim + z_dim + c_dim, z_dim + c_dim, dropout=0.3)
        self.decoder_fc = nn.Linear(z_dim + c_dim, n_vocab)
        self.discriminator = nn.Sequential(nn.Linear(max_sent_len * h_dim, c_dim))

    def sample_z_prior(self, mbsize):
        return torch.randn(mbsize, self.z_dim)

    def sample_c_prior(self, mbsize):
        return F.one_hot(torch.randint(0, self.c_dim, (mbsize,)), self.c_dim).float()

    def forward_decoder(self, inputs, z, c):
        init_h = torch.cat([z.unsqueeze(0), c.unsqueeze(0)], dim=2)
        emb = self.word_emb(inputs)
        zc = init_h.repeat(emb.size(0), 1, 1)
        out, _ = self.decoder(torch.cat([emb, zc], 2), init_h)
        return self.decoder_fc(out)

    def sample_sentence(self, z, c, temp=1.0):
        self.eval()
        word = torch.zeros(1, 1, dtype=torch.long)
        z, c = z.view(1, 1, -1), c.view(1, 1, -1)
        h = torch.cat([z, c], dim=2)
        outputs = []
        for _ in range(self.max_sent_len):
            emb = self.word_emb(word)
            out, h = self.decoder(torch.cat([emb, z, c], 2), h)
            word = torch.multinomial(F.softmax(self.decoder_fc(out).view(-1) / temp, 0), 1).view(1, 1)
            outputs.append(int(word))
        return outputs

    def generate_soft_embed(self, mbsize, temp=1.0):
        z, c = self.sample_z_prior(mbsize), self.sample_c_prior(mbsize)
        inputs = torch.zeros(self.max_sent_len, mbsize, dtype=torch.long)
        logits = self.forward_decoder(inputs, z, c)
        soft = F.softmax(logits / temp, -1) @ self.word_emb.weight
        return soft, c

    def forward_discriminator(self, soft_emb):
        return self.discriminator(soft_emb.transpose(0, 1).reshape(soft_emb.size(1), -1))


def main():
    torch.manual_seed(0)
    model = RNN_VAE()
    trainer_G = torch.optim.Adam(list(model.decoder.parameters()) + list(model.decoder_fc.parameters()), lr=1e-3)
    mbsize = 4
    for it in range(3):
        soft, c_gen = model.generate_soft_embed(mbsize)
        y_z = model.forward_discriminator(soft)
        loss_G = F.cross_entropy(y_z, c_gen.argmax(1))
        trainer_G.zero_grad()
        loss_G.backward()  # TM001-here
        trainer_G.step()
        if it % 1 == 0:
            z, c = model.sample_z_prior(1), model.sample_c_prior(1)
            print(it, round(loss_G.item(), 4), model.sample_sentence(z, c))


if __name__ == "__main__":
    main()
