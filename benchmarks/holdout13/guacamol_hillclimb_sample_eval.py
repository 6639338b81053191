# expect: crash
"""GuacaMol SMILES-LSTM hill-climbing: each round samples molecules, keeps the top-k and fine-tunes on them.
The generator's `sample()` calls `self.model.eval()` internally (as the baseline's sampler does) and the
fine-tuning helper never calls train()."""
import torch
import torch.nn as nn


class SmilesRnn(nn.Module):
    def __init__(self, vocab=14, hidden=20):
        super().__init__()
        self.encoder = nn.Embedding(vocab, hidden)
        self.rnn = nn.LSTM(hidden, hidden, num_layers=2, dropout=0.2, batch_first=True)
        self.decoder = nn.Linear(hidden, vocab)

    def forward(self, x, hidden=None):
        o, hidden = self.rnn(self.encoder(x), hidden)
        return self.decoder(o), hidden


class SmilesRnnSampler:
    def __init__(self, model, max_len=8):
        self.model, self.max_len = model, max_len

    def sample(self, n):
        self.model.eval()
        x, h, toks = torch.zeros(n, 1, dtype=torch.long), None, []
        with torch.no_grad():
            for _ in range(self.max_len):
                logits, h = self.model(x, h)
                x = torch.multinomial(torch.softmax(logits[:, -1], -1), 1)
                toks.append(x)
        return torch.cat(toks, 1)


class SmilesRnnTrainer:
    def __init__(self, model, lr=1e-3):
        self.model = model
        self.optimizer = torch.optim.Adam(model.parameters(), lr)

    def train_on_batch(self, seqs):
        logits, _ = self.model(seqs[:, :-1])
        loss = nn.functional.cross_entropy(logits.transpose(1, 2), seqs[:, 1:])
        self.optimizer.zero_grad()
        loss.backward()  # TM001-here
        self.optimizer.step()
        return loss.item()


def hill_climb(model, scoring, rounds=2, keep=4):
    sampler, trainer = SmilesRnnSampler(model), SmilesRnnTrainer(model)
    for r in range(rounds):
        mols = sampler.sample(16)
        best = mols[scoring(mols).argsort(descending=True)[:keep]]
        print("round", r, trainer.train_on_batch(best))


hill_climb(SmilesRnn(), lambda s: (s % 3 == 0).float().sum(1))
print("done")
