# expect: crash
"""Rebuilt from PaccMann/paccmann_rl#5 ("cudnn RNN backward can only be called in training mode" raised at
`rl_loss.backward()` in reinforce.policy_gradient). Shape: a REINFORCE object holds a GRU SMILES generator, a latent
encoder and a reward predictor; sampling for the reward calls generator.eval() / encoder.eval(), and the policy
gradient then backpropagates through log-probs produced by those same modules."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class StackGRUDecoder(nn.Module):
    def __init__(self, vocab=12, latent=8, hidden=16):
        super().__init__()
        self.latent_to_hidden = nn.Linear(latent, hidden)
        self.emb = nn.Embedding(vocab, hidden)
        self.gru = nn.GRU(hidden, hidden, num_layers=2, batch_first=True)
        self.out = nn.Linear(hidden, vocab)

    def log_probs(self, z, tokens):
        h0 = torch.tanh(self.latent_to_hidden(z)).unsqueeze(0).repeat(2, 1, 1)
        y, _ = self.gru(self.emb(tokens[:, :-1]), h0)
        return F.log_softmax(self.out(y), -1).gather(-1, tokens[:, 1:, None]).squeeze(-1).sum(1)

    @torch.no_grad()
    def generate(self, z, length=6):
        tok = torch.zeros(z.size(0), 1, dtype=torch.long)
        h = torch.tanh(self.latent_to_hidden(z)).unsqueeze(0).repeat(2, 1, 1)
        seq = [tok]
        for _ in range(length):
            y, h = self.gru(self.emb(tok), h)
            tok = torch.multinomial(F.softmax(self.out(y[:, -1]), -1), 1)
            seq.append(tok)
        return torch.cat(seq, 1)


class CellEncoder(nn.Module):
    def __init__(self, n_genes=10, latent=8):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(n_genes, 16), nn.ReLU(), nn.Linear(16, latent))

    def forward(self, profile):
        return self.net(profile)


class REINFORCE:
    def __init__(self, generator, encoder, predictor, params):
        self.generator, self.encoder, self.predictor = generator, encoder, predictor
        self.optimizer = torch.optim.Adam(list(generator.parameters()) + list(encoder.parameters()),
                                          lr=params["learning_rate"])
        self.params = params

    def get_reward(self, smiles):
        with torch.no_grad():
            return torch.sigmoid(self.predictor(smiles.float()).squeeze(-1))

    def generate_compounds_and_evaluate(self, profile, batch_size):
        self.encoder.eval()
        self.generator.eval()
        z = self.encoder(profile).expand(batch_size, -1)
        smiles = self.generator.generate(z)
        return z, smiles, self.get_reward(smiles)

    def policy_gradient(self, profile, epoch, batch_size=4):
        z, smiles, rewards = self.generate_compounds_and_evaluate(profile, batch_size)
        log_p = self.generator.log_probs(z, smiles)
        rl_loss = -(log_p * (rewards - rewards.mean())).mean()
        self.optimizer.zero_grad()
        rl_loss.backward()  # TM001-here
        self.optimizer.step()
        return rl_loss.item(), rewards.mean().item()


if __name__ == "__main__":
    torch.manual_seed(0)
    predictor = nn.Sequential(nn.Linear(7, 1)).eval()
    learner = REINFORCE(StackGRUDecoder(), CellEncoder(), predictor, {"learning_rate": 1e-4})
    cell_line = torch.randn(1, 10)
    for epoch in range(2):
        print(epoch, learner.policy_gradient(cell_line, epoch))
