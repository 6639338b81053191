# expect: crash
"""Town-crier competition: score a cry's carrying power from its loudness envelope.

A phoneme-rate encoder was pretrained on last year's recordings; the scorer keeps it in
inference mode by overriding train(), and learns the syllable embedding and the head.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(8)
N_SYLLABLES = 30


class CryScorer(nn.Module):
    def __init__(self, emb=6, hidden=10):
        super().__init__()
        self.syllables = nn.Embedding(N_SYLLABLES, emb)
        self.encoder = nn.LSTM(emb + 1, hidden, batch_first=True)
        self.head = nn.Sequential(nn.Linear(hidden, 8), nn.ReLU(), nn.Linear(8, 1))
        for p in self.encoder.parameters():
            p.requires_grad_(False)

    def train(self, mode=True):
        super().train(mode)
        self.encoder.eval()  # pretrained, keep its dropout/statistics fixed
        return self

    def forward(self, syllable_ids, loudness):
        feats = torch.cat([self.syllables(syllable_ids), loudness.unsqueeze(-1)], dim=-1)
        _, (h, _) = self.encoder(feats)
        return self.head(h[-1]).squeeze(-1)


def heats(n, batch=5, length=12):
    for _ in range(n):
        ids = torch.randint(0, N_SYLLABLES, (batch, length))
        loud = torch.rand(batch, length)
        yield ids, loud, loud.mean(1) * 10


@torch.no_grad()
def judge(model, entrants=4, length=12):
    model.eval()
    ids = torch.randint(0, N_SYLLABLES, (entrants, length))
    loud = torch.rand(entrants, length)
    scores = model(ids, loud)
    ranking = scores.argsort(descending=True).tolist()
    for place, i in enumerate(ranking, 1):
        print(f"  {place}. crier #{i} carrying power {scores[i].item():.2f}")
    return ranking


def main():
    model = CryScorer()
    opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=5e-3)
    model.train()
    for epoch in range(2):
        for ids, loud, score in heats(3):
            opt.zero_grad()
            loss = F.mse_loss(model(ids, loud), score)
            loss.backward()  # TM001-here
            opt.step()
        print(f"epoch {epoch} loss {loss.item():.3f}")
    judge(model)


if __name__ == "__main__":
    main()
