# expect: clean
# category: near-miss
"""HotFlip: pick the token swap with the largest first-order loss increase for a GRU topic classifier.
Dropout is switched off everywhere except inside the recurrent encoder, whose backward needs training mode."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(22)
VOCAB = 40


class Encoder(nn.Module):
    def __init__(self, emb=10, hidden=12):
        super().__init__()
        self.rnn = nn.GRU(emb, hidden, num_layers=2, batch_first=True)

    def forward(self, e):
        return self.rnn(e)[0].mean(1)


class TopicModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(VOCAB, 10)
        self.encoder = Encoder()
        self.drop = nn.Dropout(0.5)
        self.out = nn.Linear(12, 4)

    def forward(self, tokens=None, one_hot=None):
        e = one_hot @ self.embed.weight if one_hot is not None else self.embed(tokens)
        return self.out(self.drop(self.encoder(e)))


def hotflip(model, tokens, label):
    one_hot = F.one_hot(tokens, VOCAB).float().requires_grad_(True)
    loss = F.cross_entropy(model(one_hot=one_hot), label)
    loss.backward()
    grad = one_hot.grad[0]                                   # (seq, vocab)
    gain = grad - (grad * one_hot[0].detach()).sum(-1, keepdim=True)
    pos = gain.max(-1).values.argmax().item()
    new_tok = gain[pos].argmax().item()
    flipped = tokens.clone()
    flipped[0, pos] = new_tok
    return flipped, pos, new_tok


model = TopicModel()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
for _ in range(5):
    x, y = torch.randint(0, VOCAB, (6, 9)), torch.randint(0, 4, (6,))
    loss = F.cross_entropy(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()

model.eval()
model.encoder.rnn.train()
sentence, label = torch.randint(0, VOCAB, (1, 9)), torch.tensor([1])
flipped, pos, tok = hotflip(model, sentence, label)
print(f"flip position {pos} to token {tok}: {sentence.tolist()} -> {flipped.tolist()}")
