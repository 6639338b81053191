# expect: crash
# karpathy char-rnn style: the model's own sample() calls self.eval() and the loop never switches back.
import torch
import torch.nn as nn
import torch.nn.functional as F

text = "hello world, this is a tiny corpus for a tiny char model. " * 4
chars = sorted(set(text))
stoi = {c: i for i, c in enumerate(chars)}
itos = {i: c for c, i in stoi.items()}
data = torch.tensor([stoi[c] for c in text], dtype=torch.long)


class CharRNN(nn.Module):
    def __init__(self, vocab, hidden=32, layers=2):
        super().__init__()
        self.embed = nn.Embedding(vocab, 16)
        self.core = nn.LSTM(16, hidden, num_layers=layers, batch_first=True, dropout=0.1)
        self.decoder = nn.Linear(hidden, vocab)

    def forward(self, idx, state=None):
        h, state = self.core(self.embed(idx), state)
        return self.decoder(h), state

    def sample(self, prime="h", n=20, temperature=0.8):
        self.eval()
        idx = torch.tensor([[stoi[c] for c in prime]])
        out, state = prime, None
        with torch.no_grad():
            for _ in range(n):
                logits, state = self(idx, state)
                p = F.softmax(logits[0, -1] / temperature, dim=-1)
                nxt = torch.multinomial(p, 1).item()
                out += itos[nxt]
                idx = torch.tensor([[nxt]])
        return out


def get_batch(bs=4, seq=16):
    ix = torch.randint(len(data) - seq - 1, (bs,))
    x = torch.stack([data[i:i + seq] for i in ix])
    y = torch.stack([data[i + 1:i + seq + 1] for i in ix])
    return x, y


torch.manual_seed(0)
net = CharRNN(len(chars))
opt = torch.optim.Adam(net.parameters(), lr=3e-3)
net.train()
for it in range(6):
    x, y = get_batch()
    logits, _ = net(x)
    loss = F.cross_entropy(logits.reshape(-1, logits.size(-1)), y.reshape(-1))
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    if it % 3 == 2:
        print(it, round(loss.item(), 3), repr(net.sample()))
print("done")
