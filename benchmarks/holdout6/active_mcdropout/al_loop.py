# expect: crash
# category: active-learning
"""Active learning for sentence classification: train, score the pool with MC dropout, label top-k, repeat."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from acquisition import select

torch.manual_seed(0)


class TextRNN(nn.Module):
    def __init__(self, vocab=40, emb=8, hidden=12, n_cls=3, p=0.3):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb)
        self.rnn = nn.LSTM(emb, hidden, batch_first=True)
        self.drop = nn.Dropout(p)
        self.fc = nn.Linear(hidden, n_cls)

    def forward(self, x):
        _, (h, _) = self.rnn(self.emb(x))
        return self.fc(self.drop(h[-1]))


def fit(model, x, y, epochs=2, bs=4):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(epochs):
        perm = torch.randperm(len(x))
        for i in range(0, len(x), bs):
            idx = perm[i:i + bs]
            loss = F.cross_entropy(model(x[idx]), y[idx])
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()


pool_x = torch.randint(0, 40, (30, 7))
pool_y = torch.randint(0, 3, (30,))
labelled = list(range(6))
unlabelled = list(range(6, 30))

model = TextRNN()
model.train()
for al_round in range(3):
    fit(model, pool_x[labelled], pool_y[labelled])
    picked = select(model, pool_x[unlabelled], k=4).tolist()
    newly = [unlabelled[i] for i in picked]
    labelled += newly
    unlabelled = [i for i in unlabelled if i not in newly]
    print(f"round {al_round}: {len(labelled)} labelled")
