# expect: crash
"""Rebuilt from the report PaccMann/paccmann_rl#5 ('cudnn RNN backward can only be called in training mode' in
reinforce.py policy_gradient; the user had already added predictor/encoder/generator .train() calls and it still
failed). Shape: REINFORCE on a SMILES GRU decoder of a VAE; policy_gradient() sets train() on every model at the top,
but the generator's own generate() switches its decoder to eval before the log-prob forward it returns."""
import torch
import torch.nn as nn
import torch.nn.functional as F

VOCAB, MAXLEN, LATENT = 12, 6, 4


class StackGRUDecoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.embedding = nn.Embedding(VOCAB, 8)
        self.latent_to_hidden = nn.Linear(LATENT, 10)
        self.gru = nn.GRU(8, 10)
        self.output_layer = nn.Linear(10, VOCAB)

    def step(self, tok, hidden):
        out, hidden = self.gru(self.embedding(tok).unsqueeze(0), hidden)
        return self.output_layer(out.squeeze(0)), hidden


class VAEGenerator(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.Sequential(nn.Linear(VOCAB, 2 * LATENT))
        self.decoder = StackGRUDecoder()

    def generate(self, latent, search="sample"):
        """returns sampled token ids and their log-probs (kept for REINFORCE)"""
        self.decoder.eval()                    # deterministic dropout-free decoding
        hidden = torch.tanh(self.decoder.latent_to_hidden(latent)).unsqueeze(0)
        tok = torch.zeros(latent.size(0), dtype=torch.long)
        toks, logps = [], []
        for _ in range(MAXLEN):
            logits, hidden = self.decoder.step(tok, hidden)
            dist = torch.distributions.Categorical(logits=logits)
            tok = dist.sample() if search == "sample" else logits.argmax(-1)
            toks.append(tok); logps.append(dist.log_prob(tok))
        return torch.stack(toks, 1), torch.stack(logps, 1)


class Predictor(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Embedding(VOCAB, 4), nn.Flatten(), nn.Linear(4 * MAXLEN, 1))

    def forward(self, smiles):
        return torch.sigmoid(self.net(smiles)).squeeze(-1)


class ReinforceOmic:
    def __init__(self, generator, predictor):
        self.generator, self.predictor = generator, predictor
        self.optimizer = torch.optim.Adam(self.generator.decoder.parameters(), lr=5e-4)

    def get_reward(self, smiles):
        with torch.no_grad():
            return self.predictor(smiles)

    def policy_gradient(self, batch_size=4):
        self.generator.train()
        self.predictor.train()
        self.optimizer.zero_grad()
        latent = torch.randn(batch_size, LATENT)
        smiles, logps = self.generator.generate(latent)
        rewards = self.get_reward(smiles)
        rl_loss = -(logps.sum(1) * (rewards - rewards.mean())).mean()
        rl_loss.backward()  # TM001-here
        self.optimizer.step()
        return rl_loss.item(), rewards.mean().item()


learner = ReinforceOmic(VAEGenerator(), Predictor())
for epoch in range(2):
    print(epoch, learner.policy_gradient())
