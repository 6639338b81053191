# expect: crash
"""Active learning with MC dropout (BALD-style acquisition) for a GRU text classifier.

Each round: score the unlabelled pool with dropout kept on, move the most uncertain
examples into the labelled set, and continue training.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F


class TextGRU(nn.Module):
    def __init__(self, vocab=60, dim=12, classes=2):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.gru = nn.GRU(dim, dim, num_layers=2, dropout=0.3, batch_first=True)
        self.drop = nn.Dropout(0.3)
        self.head = nn.Linear(dim, classes)

    def forward(self, x):
        out, _ = self.gru(self.emb(x))
        return self.head(self.drop(out[:, -1]))


def enable_mc_dropout(model):
    """Inference mode everywhere except the dropout layers."""
    model.eval()
    for module in model.modules():
        if module.__class__.__name__.startswith("Dropout"):
            module.train()


def bald_scores(model, pool, passes=4):
    enable_mc_dropout(model)
    with torch.no_grad():
        probs = torch.stack([F.softmax(model(pool), -1) for _ in range(passes)])
    mean = probs.mean(0)
    entropy = -(mean * mean.clamp_min(1e-8).log()).sum(-1)
    expected = -(probs * probs.clamp_min(1e-8).log()).sum(-1).mean(0)
    return entropy - expected


def fit(model, x, y, optimizer, epochs=1, batch=4):
    for _ in range(epochs):
        for i in range(0, len(x), batch):
            loss = F.cross_entropy(model(x[i:i + batch]), y[i:i + batch])
            optimizer.zero_grad()
            loss.backward()  # TM001-here
            optimizer.step()


torch.manual_seed(0)
pool_x = torch.randint(0, 60, (40, 8))
pool_y = torch.randint(0, 2, (40,))
labelled = torch.arange(8)
unlabelled = torch.arange(8, 40)

model = TextGRU()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
model.train()
for rnd in range(3):
    fit(model, pool_x[labelled], pool_y[labelled], optimizer)
    scores = bald_scores(model, pool_x[unlabelled])
    picked = unlabelled[scores.topk(4).indices]
    labelled = torch.cat([labelled, picked])
    unlabelled = unlabelled[~torch.isin(unlabelled, picked)]
    print(f"round {rnd}: labelled {len(labelled)}, mean BALD {scores.mean():.4f}")
