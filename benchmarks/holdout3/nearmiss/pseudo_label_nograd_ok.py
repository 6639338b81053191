# expect: clean
# category: nearmiss
"""Pseudo-labelling: a GRU labeller in eval produces labels under no_grad; a separate LSTM student is trained."""
import torch
from torch import nn

torch.manual_seed(71)


class SeqClassifier(nn.Module):
    def __init__(self, rnn):
        super().__init__()
        self.rnn = rnn
        self.fc = nn.Linear(rnn.hidden_size * (2 if rnn.bidirectional else 1), 3)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1])


labeller = SeqClassifier(nn.GRU(4, 10, batch_first=True, bidirectional=True))
student = SeqClassifier(nn.LSTM(4, 10, batch_first=True))
opt_l = torch.optim.Adam(labeller.parameters(), lr=1e-2)
for _ in range(2):
    x, y = torch.randn(6, 8, 4), torch.randint(0, 3, (6,))
    opt_l.zero_grad()
    nn.functional.cross_entropy(labeller(x), y).backward()
    opt_l.step()

labeller.eval()
unlabelled = torch.randn(12, 8, 4)
with torch.no_grad():
    probs = labeller(unlabelled).softmax(-1)
    conf, pseudo = probs.max(-1)
keep = conf > conf.median()
print(f"kept {int(keep.sum())} of {len(keep)} pseudo-labels")

opt_s = torch.optim.Adam(student.parameters(), lr=1e-2)
student.train()
for epoch in range(2):
    loss = nn.functional.cross_entropy(student(unlabelled[keep]), pseudo[keep])
    opt_s.zero_grad()
    loss.backward()
    opt_s.step()
    print(f"epoch {epoch}: student loss {loss.item():.3f}")
