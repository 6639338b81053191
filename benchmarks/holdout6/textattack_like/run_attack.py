# expect: crash
# category: adversarial
"""Train a sentiment GRU on embeddings, then measure robustness with an attack picked by name."""
import argparse
import torch
import torch.nn as nn
import torch.nn.functional as F
from minattack import attack as attacks

torch.manual_seed(0)


class SentimentGRU(nn.Module):
    def __init__(self, emb=8, hidden=12):
        super().__init__()
        self.gru = nn.GRU(emb, hidden, num_layers=2, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, 2)

    def forward(self, embeds):
        out, _ = self.gru(embeds)
        return self.fc(out.mean(1))


parser = argparse.ArgumentParser()
parser.add_argument("--attack", default="fgsm")
parser.add_argument("--eps", type=float, default=0.2)
args = parser.parse_args([])

embedding = nn.Embedding(50, 8)
victim = SentimentGRU()
opt = torch.optim.Adam(list(victim.parameters()) + list(embedding.parameters()), lr=1e-2)
data = [(torch.randint(0, 50, (4, 6)), torch.randint(0, 2, (4,))) for _ in range(3)]
for tokens, y in data:
    loss = F.cross_entropy(victim(embedding(tokens)), y)
    opt.zero_grad()
    loss.backward()
    opt.step()

atk = attacks.build(args.attack, victim, eps=args.eps)
flipped = 0
for tokens, y in data:
    adv = atk(embedding(tokens).detach(), y)
    with torch.no_grad():
        flipped += (victim(adv).argmax(1) != y).sum().item()
print(f"{atk.name}: {flipped} predictions flipped")
