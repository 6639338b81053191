# expect: crash
"""Rebuilt from PaccMann/paccmann_rl issue #5 ("RuntimeError: cudnn RNN backward can
only be called in training mode"): REINFORCE fine-tuning of a molecule generator
against a property predictor. The reporter put predictor, encoder and generator
in train() right before `rl_loss.backward()` and it still failed -- because the
generator's own `generate()` calls `self.eval()` and the log-probabilities were
produced by that eval-mode forward.
"""
import torch
import torch.nn as nn

VOCAB, START = 20, 1


class Generator(nn.Module):
    def __init__(self, hidden=16):
        super().__init__()
        self.embedding = nn.Embedding(VOCAB, hidden)
        self.decoder = nn.GRU(hidden, hidden, num_layers=2)
        self.output = nn.Linear(hidden, VOCAB)

    def generate(self, latent, max_len=10):
        """Sample SMILES tokens; returns tokens and their log-probabilities."""
        self.eval()
        batch = latent.size(1)
        token = torch.full((1, batch), START, dtype=torch.long)
        hidden = latent.repeat(2, 1, 1)
        tokens, log_probs = [], []
        for _ in range(max_len):
            out, hidden = self.decoder(self.embedding(token), hidden)
            dist = torch.distributions.Categorical(logits=self.output(out[0]))
            nxt = dist.sample()
            log_probs.append(dist.log_prob(nxt))
            tokens.append(nxt)
            token = nxt.unsqueeze(0)
        return torch.stack(tokens), torch.stack(log_probs)


class Predictor(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(VOCAB, 8)
        self.lstm = nn.LSTM(8, 8)
        self.fc = nn.Linear(8, 1)

    def forward(self, tokens):
        return torch.sigmoid(self.fc(self.lstm(self.emb(tokens))[0][-1])).squeeze(-1)


class ReinforceTrainer:
    def __init__(self, generator, predictor):
        self.generator = generator
        self.predictor = predictor
        self.optimizer = torch.optim.Adam(generator.parameters(), lr=1e-4)

    def policy_gradient(self, batch_size=4):
        self.predictor.train()
        self.generator.train()
        latent = torch.randn(1, batch_size, 16)
        tokens, log_probs = self.generator.generate(latent)
        with torch.no_grad():
            reward = self.predictor(tokens)
        rl_loss = -(log_probs.sum(0) * (reward - reward.mean())).mean()
        self.optimizer.zero_grad()
        rl_loss.backward()  # TM001-here
        self.optimizer.step()
        return rl_loss.item(), reward.mean().item()


torch.manual_seed(0)
trainer = ReinforceTrainer(Generator(), Predictor())
for epoch in range(2):
    print(epoch, trainer.policy_gradient())
