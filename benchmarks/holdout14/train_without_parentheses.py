# expect: crash
"""Speaker-turn classifier (BiGRU over MFCC frames). After the per-epoch validation the loop 'switches back to
training' with `clf.train` — an attribute access without the call — so the model stays in eval."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class TurnClassifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(13, 8, batch_first=True, bidirectional=True)
        self.out = nn.Linear(16, 3)

    def forward(self, mfcc):
        h, _ = self.gru(mfcc)
        return self.out(h.mean(1))


clf = TurnClassifier()
opt = torch.optim.Adam(clf.parameters(), 1e-3)
train_set = [(torch.randn(4, 10, 13), torch.randint(0, 3, (4,))) for _ in range(2)]
val_set = train_set[:1]


def validate():
    clf.eval()
    with torch.no_grad():
        return sum(F.cross_entropy(clf(x), y).item() for x, y in val_set)


for epoch in range(3):
    for x, y in train_set:
        loss = F.cross_entropy(clf(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    print(epoch, validate())
    clf.train
