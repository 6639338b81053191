# expect: crash
# category: collections
"""Turn off every module that has a dropout setting, via model.apply()."""
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(30, 12)
        self.emb_dropout = nn.Dropout(0.1)
        self.encoder = nn.GRU(12, 12, num_layers=2, dropout=0.25, batch_first=True)
        self.fc = nn.Linear(12, 2)

    def forward(self, x):
        return self.fc(self.encoder(self.emb_dropout(self.embed(x)))[0].mean(1))


def no_dropout(m):
    if hasattr(m, "dropout") or isinstance(m, nn.Dropout):
        m.eval()


torch.manual_seed(0)
net = Net()
net.apply(no_dropout)
opt = torch.optim.Adam(net.parameters(), lr=1e-3)
for _ in range(2):
    x, y = torch.randint(0, 30, (6, 7)), torch.randint(0, 2, (6,))
    loss = nn.functional.cross_entropy(net(x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
