# expect: crash
"""Rebuilt from the public report PaccMann/paccmann_rl#5 ("cudnn RNN backward can only be
called in training mode" in reinforce.py policy_gradient -> rl_loss.backward(); the user
had already added self.predictor.train(), self.encoder.train(), self.generator.train()
before rl_loss.backward() and it still failed).

Shape: REINFORCE for a conditional molecule generator (encoder -> GRU decoder) with a
frozen property predictor as reward. policy_gradient() sets all three to eval to generate,
keeps the log-probs recorded *during* generation, then switches everything back to train
and calls rl_loss.backward(). The decoder's forward ran in eval mode, so the late train()
calls do not help.
"""
import torch
from torch import nn


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(10, 16), nn.Tanh())

    def forward(self, profile):
        return self.net(profile)


class StackGRUDecoder(nn.Module):
    def __init__(self, vocab=15, hidden=16):
        super().__init__()
        self.emb = nn.Embedding(vocab, hidden)
        self.gru = nn.GRU(hidden, hidden, num_layers=2)
        self.out = nn.Linear(hidden, vocab)

    def generate(self, latent, max_len=8):
        h = latent.unsqueeze(0).repeat(2, 1, 1)
        tok = torch.zeros(1, latent.size(0), dtype=torch.long)
        log_probs, tokens = [], []
        for _ in range(max_len):
            o, h = self.gru(self.emb(tok), h)
            dist = torch.distributions.Categorical(logits=self.out(o[-1]))
            nxt = dist.sample()
            log_probs.append(dist.log_prob(nxt))
            tokens.append(nxt)
            tok = nxt.unsqueeze(0)
        return torch.stack(tokens, 1), torch.stack(log_probs, 1)


class Predictor(nn.Module):
    def __init__(self, vocab=15):
        super().__init__()
        self.emb = nn.EmbeddingBag(vocab, 8)
        self.fc = nn.Linear(8, 1)

    def forward(self, smiles_tokens):
        return torch.sigmoid(self.fc(self.emb(smiles_tokens))).squeeze(-1)


class Reinforce:
    def __init__(self, generator, encoder, predictor, lr=1e-3):
        self.generator, self.encoder, self.predictor = generator, encoder, predictor
        params = list(generator.parameters()) + list(encoder.parameters())
        self.optimizer = torch.optim.Adam(params, lr=lr)

    def policy_gradient(self, cell_line_profiles, epoch, batch_size):
        self.predictor.eval()
        self.encoder.eval()
        self.generator.eval()
        latent = self.encoder(cell_line_profiles[:batch_size])
        tokens, log_probs = self.generator.generate(latent)
        with torch.no_grad():
            rewards = self.predictor(tokens)
        baseline = rewards.mean()
        rl_loss = -((rewards - baseline).unsqueeze(1) * log_probs).sum(1).mean()
        self.predictor.train()
        self.encoder.train()
        self.generator.train()
        self.optimizer.zero_grad()
        rl_loss.backward()  # TM001-here
        self.optimizer.step()
        return rewards.mean().item(), rl_loss.item()


if __name__ == "__main__":
    torch.manual_seed(52)
    learner = Reinforce(StackGRUDecoder(), Encoder(), Predictor())
    profiles = torch.randn(16, 10)
    for epoch in range(2):
        print(epoch, learner.policy_gradient(profiles, epoch, batch_size=4))
