# expect: crash
# category: wrappers
"""REINFORCE fine-tuning of a GRU string generator against a property predictor (PaccMann-RL shape)."""
import torch
from torch import nn

torch.manual_seed(30)
ALPHABET = list("CNO()=c1")
V = len(ALPHABET) + 1  # 0 = start/stop


class StackGRUGenerator(nn.Module):
    def __init__(self, hidden=16, layers=2):
        super().__init__()
        self.embedding = nn.Embedding(V, hidden)
        self.gru = nn.GRU(hidden, hidden, num_layers=layers, batch_first=True)
        self.decoder = nn.Linear(hidden, V)

    def generate(self, batch_size=4, max_len=10):
        """Sample strings; returns token ids and their log-probabilities."""
        self.eval()
        tok = torch.zeros(batch_size, 1, dtype=torch.long)
        h, ids, log_probs = None, [], []
        for _ in range(max_len):
            out, h = self.gru(self.embedding(tok), h)
            dist = torch.distributions.Categorical(logits=self.decoder(out[:, -1]))
            nxt = dist.sample()
            ids.append(nxt)
            log_probs.append(dist.log_prob(nxt))
            tok = nxt.unsqueeze(1)
        return torch.stack(ids, 1), torch.stack(log_probs, 1)


class PropertyPredictor(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(V, 8)
        self.enc = nn.GRU(8, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, ids):
        _, h = self.enc(self.emb(ids))
        return torch.sigmoid(self.out(h[-1])).squeeze(-1)


def decode(ids):
    return ["".join(ALPHABET[i - 1] for i in row if i > 0) for row in ids.tolist()]


generator, predictor = StackGRUGenerator(), PropertyPredictor().eval()
optimizer = torch.optim.Adam(generator.parameters(), lr=5e-4)
baseline = 0.0
for epoch in range(3):
    generator.train()
    ids, log_probs = generator.generate(batch_size=6)
    with torch.no_grad():
        rewards = predictor(ids)
    baseline = 0.9 * baseline + 0.1 * rewards.mean().item()
    rl_loss = -((rewards - baseline).unsqueeze(1) * log_probs).sum(1).mean()
    optimizer.zero_grad()
    rl_loss.backward()  # TM001-here
    optimizer.step()
    print(f"epoch {epoch}: mean reward {rewards.mean():.3f} e.g. {decode(ids)[0]!r}")
