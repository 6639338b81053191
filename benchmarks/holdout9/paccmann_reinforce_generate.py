# expect: crash
"""Rebuilt from PaccMann/paccmann_rl#5 ("cudnn RNN backward can only be called in training mode" in
reinforce.policy_gradient, even after calling .train() on predictor, encoder and generator): the generator's
sampling method switches its own decoder to eval, and the REINFORCE loss is backpropagated through the
log-probabilities that this sampling pass recorded."""
import torch
import torch.nn as nn


class StackGRUDecoder(nn.Module):
    def __init__(self, vocab=12, hidden=10):
        super().__init__()
        self.embedding = nn.Embedding(vocab, hidden)
        self.gru = nn.GRU(hidden, hidden, num_layers=2, batch_first=True)
        self.output_layer = nn.Linear(hidden, vocab)

    def forward(self, tokens, hidden=None):
        out, hidden = self.gru(self.embedding(tokens), hidden)
        return self.output_layer(out), hidden


class Generator(nn.Module):
    def __init__(self, latent=10):
        super().__init__()
        self.latent_to_hidden = nn.Linear(latent, 10 * 2)
        self.decoder = StackGRUDecoder()

    def generate(self, latent_z, max_len=6):
        """Sample molecules; the decoder is put in eval so that dropout stays off while sampling."""
        self.decoder.eval()
        h = self.latent_to_hidden(latent_z).view(latent_z.shape[0], 2, 10).transpose(0, 1).contiguous()
        tok = torch.zeros(latent_z.shape[0], 1, dtype=torch.long)
        log_probs, tokens = [], []
        for _ in range(max_len):
            logits, h = self.decoder(tok, h)
            dist = torch.distributions.Categorical(logits=logits[:, -1])
            tok = dist.sample().unsqueeze(1)
            log_probs.append(dist.log_prob(tok.squeeze(1)))
            tokens.append(tok)
        return torch.cat(tokens, 1), torch.stack(log_probs, 1)


class Predictor(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(12, 6)
        self.rnn = nn.GRU(6, 6, batch_first=True)
        self.head = nn.Linear(6, 1)

    def forward(self, tokens):
        return torch.sigmoid(self.head(self.rnn(self.emb(tokens))[1][-1])).squeeze(-1)


class REINFORCE:
    def __init__(self, generator, encoder, predictor, params):
        self.generator, self.encoder, self.predictor = generator, encoder, predictor
        self.optimizer = torch.optim.Adam(list(generator.parameters()) + list(encoder.parameters()),
                                          lr=params["learning_rate"])
        self.params = params

    def policy_gradient(self, cell_line, epoch, batch_size):
        self.predictor.train()
        self.encoder.train()
        self.generator.train()
        self.optimizer.zero_grad()
        latent_z = self.encoder(cell_line).repeat(batch_size, 1)
        smiles, log_probs = self.generator.generate(latent_z)
        with torch.no_grad():
            rewards = self.predictor(smiles)
        rl_loss = -(log_probs.sum(1) * (rewards - rewards.mean())).mean()
        rl_loss.backward()  # TM001-here
        self.optimizer.step()
        return rl_loss.item()


if __name__ == "__main__":
    torch.manual_seed(0)
    learner = REINFORCE(Generator(), nn.Linear(8, 10), Predictor(), {"learning_rate": 1e-3})
    for epoch in range(3):
        print(epoch, learner.policy_gradient(torch.randn(1, 8), epoch, batch_size=4))
