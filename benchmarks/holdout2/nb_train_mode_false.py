# expect: crash
# category: notebook
# Notebook export: bidirectional LSTM for DNA promoter classification, then fine-tuning on a new species.
import torch
import torch.nn as nn

torch.manual_seed(52)
BASES = "ACGT"

def encode(seqs):
    return torch.stack([nn.functional.one_hot(torch.tensor([BASES.index(b) for b in s]), 4).float() for s in seqs])

def random_dna(n, length=20, motif="TATA"):
    seqs, labels = [], []
    for i in range(n):
        s = "".join(BASES[j] for j in torch.randint(0, 4, (length,)).tolist())
        if i % 2:
            s = s[:5] + motif + s[9:]
        seqs.append(s); labels.append(i % 2)
    return encode(seqs), torch.tensor(labels)

net = nn.Sequential()
class BiLSTMPool(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 8, bidirectional=True, batch_first=True)
    def forward(self, x):
        return self.lstm(x)[0].max(1).values
net.append(BiLSTMPool()).append(nn.Linear(16, 2))

x, y = random_dna(24)
opt = torch.optim.Adam(net.parameters(), lr=1e-2)
for epoch in range(3):
    loss = nn.functional.cross_entropy(net(x), y)
    opt.zero_grad(); loss.backward(); opt.step()

net.train(mode=False)
with torch.no_grad():
    print("train acc", (net(x).argmax(1) == y).float().mean().item())

# new species: different motif, few labelled examples
x2, y2 = random_dna(8, motif="CAAT")
opt2 = torch.optim.SGD(net.parameters(), lr=0.05)
for epoch in range(3):
    loss = nn.functional.cross_entropy(net(x2), y2)
    opt2.zero_grad()
    loss.backward()  # TM001-here
    opt2.step()
print("species-2 loss", loss.item())
