# expect: clean
"""k-fold cross-validation of a packed-sequence GRU classifier; a fresh model per fold, evaluated in eval mode
at the end of each fold."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.nn.utils.rnn import pack_padded_sequence, pad_sequence


class PackedGRU(nn.Module):
    def __init__(self, features=3, hidden=10, classes=2):
        super().__init__()
        self.gru = nn.GRU(features, hidden, num_layers=2, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, classes)

    def forward(self, padded, lengths):
        packed = pack_padded_sequence(padded, lengths, batch_first=True, enforce_sorted=False)
        _, h = self.gru(packed)
        return self.fc(torch.cat([h[-2], h[-1]], -1))


def kfold_indices(n, k):
    folds = torch.randperm(n).chunk(k)
    for i in range(k):
        val = folds[i]
        train = torch.cat([f for j, f in enumerate(folds) if j != i])
        yield train, val


def collate(seqs, idx):
    chosen = [seqs[i] for i in idx.tolist()]
    return pad_sequence(chosen, batch_first=True), torch.tensor([len(s) for s in chosen])


torch.manual_seed(0)
seqs = [torch.randn(int(torch.randint(3, 9, (1,))), 3) for _ in range(18)]
labels = torch.randint(0, 2, (18,))
scores = []
for fold, (tr, va) in enumerate(kfold_indices(len(seqs), k=3)):
    model = PackedGRU()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for epoch in range(2):
        for chunk in tr.split(4):
            x, lengths = collate(seqs, chunk)
            loss = F.cross_entropy(model(x, lengths), labels[chunk])
            opt.zero_grad(); loss.backward(); opt.step()
    model.eval()
    with torch.no_grad():
        x, lengths = collate(seqs, va)
        scores.append((model(x, lengths).argmax(1) == labels[va]).float().mean().item())
    print(f"fold {fold}: acc {scores[-1]:.2f}")
print("cv accuracy", sum(scores) / len(scores))
