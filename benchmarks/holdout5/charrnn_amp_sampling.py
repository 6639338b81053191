# expect: crash
# category: wrappers
"""Char-RNN trained with mixed precision (GradScaler); the model has its own `sample()` that
generates text to watch progress during training."""
import torch
import torch.nn as nn

torch.manual_seed(9)
text = "the quick brown fox jumps over the lazy dog " * 6
chars = sorted(set(text))
stoi = {c: i for i, c in enumerate(chars)}
data = torch.tensor([stoi[c] for c in text])
device = "cuda" if torch.cuda.is_available() else "cpu"


class CharRNN(nn.Module):
    def __init__(self, vocab, hidden=16, layers=2):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.rnn = nn.LSTM(hidden, hidden, layers, batch_first=True, dropout=0.1)
        self.head = nn.Linear(hidden, vocab)

    def forward(self, idx, state=None):
        out, state = self.rnn(self.embed(idx), state)
        return self.head(out), state

    @torch.no_grad()
    def sample(self, start, length=20, temperature=0.8):
        self.eval()
        idx = torch.tensor([[stoi[start]]], device=device)
        state, out = None, [start]
        for _ in range(length):
            logits, state = self(idx, state)
            idx = torch.multinomial((logits[:, -1] / temperature).softmax(-1), 1)
            out.append(chars[idx.item()])
        return "".join(out)


model = CharRNN(len(chars)).to(device)
opt = torch.optim.Adam(model.parameters(), lr=3e-3)
scaler = torch.amp.GradScaler("cuda", enabled=(device == "cuda"))
seq_len, bs = 12, 4

model.train()
for step in range(6):
    ix = torch.randint(0, len(data) - seq_len - 1, (bs,))
    x = torch.stack([data[i:i + seq_len] for i in ix]).to(device)
    y = torch.stack([data[i + 1:i + seq_len + 1] for i in ix]).to(device)
    with torch.autocast(device_type=device, dtype=torch.float16 if device == "cuda" else torch.bfloat16,
                        enabled=(device == "cuda")):
        logits, _ = model(x)
        loss = nn.functional.cross_entropy(logits.reshape(-1, len(chars)), y.reshape(-1))
    opt.zero_grad(set_to_none=True)
    scaler.scale(loss).backward()  # TM001-here
    scaler.step(opt)
    scaler.update()
    if step % 3 == 2:
        print(f"step {step} loss {loss.item():.3f} sample: {model.sample('t')!r}")
