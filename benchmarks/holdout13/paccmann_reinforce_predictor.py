# expect: crash
"""Rebuilt from PaccMann/paccmann_rl#5: REINFORCE for a SMILES generator conditioned on a gene-expression
encoder. The user set predictor/encoder/generator to train() right before `rl_loss.backward()`, but the batch
was generated earlier while `generate()` had switched the generator to eval, so the forward that built the
graph ran in eval mode."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(20, 16)

    def forward(self, expr):
        return torch.tanh(self.fc(expr))


class Generator(nn.Module):
    def __init__(self, vocab=10):
        super().__init__()
        self.emb = nn.Embedding(vocab, 16)
        self.gru = nn.GRU(16, 16, batch_first=True)
        self.out = nn.Linear(16, vocab)

    def generate(self, latent, length=6):
        self.eval()
        h = latent.unsqueeze(0)
        tok = torch.zeros(latent.size(0), 1, dtype=torch.long)
        logps, toks = [], []
        for _ in range(length):
            o, h = self.gru(self.emb(tok), h)
            dist = torch.distributions.Categorical(logits=self.out(o[:, -1]))
            tok = dist.sample().unsqueeze(1)
            logps.append(dist.log_prob(tok.squeeze(1)))
            toks.append(tok)
        return torch.cat(toks, 1), torch.stack(logps, 1)


class Predictor(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(6, 1)

    def forward(self, toks):
        return torch.sigmoid(self.fc(toks.float()))


class REINFORCE:
    def __init__(self):
        self.encoder, self.generator, self.predictor = Encoder(), Generator(), Predictor()
        params = list(self.encoder.parameters()) + list(self.generator.parameters())
        self.optimizer = torch.optim.Adam(params, 1e-4)

    def policy_gradient(self, expr):
        latent = self.encoder(expr)
        toks, logps = self.generator.generate(latent)
        reward = self.predictor(toks).squeeze(-1).detach()
        rl_loss = -(logps.sum(1) * reward).mean()
        self.predictor.train()
        self.encoder.train()
        self.generator.train()
        self.optimizer.zero_grad()
        rl_loss.backward()  # TM001-here
        self.optimizer.step()
        return rl_loss.item()


learner = REINFORCE()
for epoch in range(2):
    print(epoch, learner.policy_gradient(torch.randn(4, 20)))
print("done")
