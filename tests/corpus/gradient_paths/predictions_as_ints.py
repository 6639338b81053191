# expect: clean
"""Self-training: the eval-mode tagger labels the batch; its predictions become Python ints and a new
index tensor, which carries no graph back to the LSTM."""
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Linear(3, 8)
        self.lstm = nn.LSTM(8, 8, batch_first=True)
        self.classifier = nn.Linear(8, 2)

    def forward(self, x):
        return self.classifier(self.lstm(self.emb(x))[0][:, -1])


tagger = Net()
tagger.eval()
embedding = nn.Embedding(2, 4)
scorer = nn.Linear(4, 1)
opt = torch.optim.Adam(list(embedding.parameters()) + list(scorer.parameters()), lr=1e-2)
for _ in range(3):
    predictions = tagger(torch.randn(4, 5, 3)).argmax(-1)
    labels = torch.LongTensor([int(p) for p in predictions])
    loss = scorer(embedding(labels)).pow(2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
