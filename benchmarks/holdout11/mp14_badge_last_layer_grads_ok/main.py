# expect: clean
# Active learning (BADGE) shape: strategies/base.py trains with net.train(); strategies/badge.py builds gradient
# embeddings in eval mode with autograd.grad w.r.t. the last linear layer's weight only; the graph passes through
# the LSTM but the engine never runs its backward. The next round's train() switches back to train mode.
import torch
import torch.nn as nn

from strategies import STRATEGIES


class LSTMNet(nn.Module):
    def __init__(self, vocab=50, d=16, classes=3):
        super().__init__()
        self.emb = nn.Embedding(vocab, d)
        self.lstm = nn.LSTM(d, d, batch_first=True)
        self.fc = nn.Linear(d, classes)

    def forward(self, x):
        e = self.lstm(self.emb(x))[0][:, -1]
        return self.fc(e), e


torch.manual_seed(0)
pool_x, pool_y = torch.randint(0, 50, (30, 7)), torch.randint(0, 3, (30,))
idxs_lb = torch.zeros(30, dtype=torch.bool)
idxs_lb[:6] = True
strategy = STRATEGIES["badge"](LSTMNet(), pool_x, pool_y, idxs_lb, {"lr": 1e-2, "epochs": 3})
for rnd in range(3):
    loss = strategy.train()
    q = strategy.query(4)
    idxs_lb[q] = True
    strategy.update(idxs_lb)
    print(f"round {rnd}: loss {loss:.4f}, labelled {int(idxs_lb.sum())}")
print("done")
