# expect: clean
"""Multi-GPU style script: the model is wrapped in nn.DataParallel; validation switches the inner module to eval
and the wrapper back to train afterwards (falls back to plain calls without GPUs)."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class PunctuationTagger(nn.Module):
    def __init__(self, vocab=60, dim=12, labels=4):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.rnn = nn.LSTM(dim, dim, num_layers=2, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * dim, labels)

    def forward(self, tokens):
        return self.fc(self.rnn(self.emb(tokens))[0])


def validate(net, data):
    net.module.eval()
    with torch.no_grad():
        losses = [F.cross_entropy(net(x).flatten(0, 1), y.flatten()).item() for x, y in data]
    net.train()
    return sum(losses) / len(losses)


torch.manual_seed(0)
net = nn.DataParallel(PunctuationTagger())
optimizer = torch.optim.Adam(net.parameters(), lr=1e-3)
train_data = [(torch.randint(0, 60, (4, 9)), torch.randint(0, 4, (4, 9))) for _ in range(4)]
val_data = train_data[:1]
net.train()
for step, (x, y) in enumerate(train_data):
    loss = F.cross_entropy(net(x).flatten(0, 1), y.flatten())
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    if step % 2 == 1:
        print(f"step {step}: train {loss.item():.4f} val {validate(net, val_data):.4f}")
