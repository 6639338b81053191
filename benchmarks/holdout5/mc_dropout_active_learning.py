# expect: clean
# category: dynamic
"""Active learning with MC-dropout (BALD-like) acquisition for a sentence classifier: dropout is
turned back on at inference for the uncertainty estimate; the model is retrained each round."""
import torch
import torch.nn as nn

torch.manual_seed(28)


class DropoutLSTM(nn.Module):
    def __init__(self, vocab=50, hidden=12):
        super().__init__()
        self.emb = nn.Embedding(vocab, hidden)
        self.emb_drop = nn.Dropout(0.3)
        self.lstm = nn.LSTM(hidden, hidden, num_layers=2, dropout=0.3, batch_first=True)
        self.out_drop = nn.Dropout(0.3)
        self.fc = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.lstm(self.emb_drop(self.emb(x)))
        return self.fc(self.out_drop(h[:, -1]))


def enable_mc_dropout(model):
    for m in model.modules():
        if m.__class__.__name__.startswith("Dropout"):
            m.train()


def mc_entropy(model, pool, T=5):
    model.eval()
    enable_mc_dropout(model)
    with torch.no_grad():
        probs = torch.stack([model(pool).softmax(-1) for _ in range(T)]).mean(0)
    return -(probs * probs.clamp_min(1e-8).log()).sum(-1)


pool_x, pool_y = torch.randint(0, 50, (40, 8)), torch.randint(0, 2, (40,))
labelled = torch.arange(8)
model = DropoutLSTM()
opt = torch.optim.Adam(model.parameters(), lr=3e-3)

for rnd in range(3):
    model.train()
    for _ in range(3):
        loss = nn.functional.cross_entropy(model(pool_x[labelled]), pool_y[labelled])
        opt.zero_grad()
        loss.backward()
        opt.step()
    mask = torch.ones(len(pool_x), dtype=torch.bool)
    mask[labelled] = False
    candidates = mask.nonzero().squeeze(1)
    scores = mc_entropy(model, pool_x[candidates])
    labelled = torch.cat([labelled, candidates[scores.topk(4).indices]])
    print(f"round {rnd}: labelled {len(labelled)} loss {loss.item():.3f}")
