# expect: clean
"""Fine-tune with the normalisation statistics frozen: the whole tagger goes to eval() (BatchNorm uses running
stats), then the recurrent encoder alone is put back in train mode before the training loop."""
import torch
import torch.nn.functional as F
from torch import nn


class ProsodyTagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.norm = nn.BatchNorm1d(4)
        self.encoder = nn.GRU(4, 8, batch_first=True, bidirectional=True)
        self.tagger = nn.Linear(16, 3)

    def forward(self, x):
        x = self.norm(x.transpose(1, 2)).transpose(1, 2)
        return self.tagger(self.encoder(x)[0])


torch.manual_seed(0)
tagger = ProsodyTagger()
tagger.eval()
tagger.encoder.train()
opt = torch.optim.SGD([p for n, p in tagger.named_parameters() if not n.startswith("norm")], lr=0.05)
for step in range(3):
    x, y = torch.randn(4, 7, 4), torch.randint(0, 3, (4, 7))
    loss = F.cross_entropy(tagger(x).flatten(0, 1), y.flatten())
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 4))
