# expect: clean
"""Evaluation puts everything in eval mode; fine-tuning walks `named_modules()` and puts back in train
mode the modules whose name says they are recurrent (`word_rnn`, `sent_rnn`): dropout stays off."""
import torch
import torch.nn as nn


class Hierarchical(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(20, 6)
        self.drop = nn.Dropout(0.3)
        self.word_rnn = nn.GRU(6, 4, batch_first=True)
        self.sent_rnn = nn.GRU(4, 4, batch_first=True)
        self.fc = nn.Linear(4, 3)

    def forward(self, docs):
        b, s, w = docs.shape
        words = self.word_rnn(self.drop(self.emb(docs.view(b * s, w))))[0].mean(1)
        return self.fc(self.sent_rnn(words.view(b, s, -1))[0].mean(1))


model = Hierarchical()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
docs, labels = torch.randint(0, 20, (2, 3, 5)), torch.randint(0, 3, (2,))
model.eval()
with torch.no_grad():
    print(model(docs).argmax(-1))
for name, module in model.named_modules():
    if name.endswith("_rnn"):
        module.train()
loss = nn.functional.cross_entropy(model(docs), labels)
opt.zero_grad()
loss.backward()
opt.step()
