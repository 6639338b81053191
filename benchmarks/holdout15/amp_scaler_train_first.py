# expect: clean
"""Mixed-precision loop (autocast + GradScaler, both disabled on CPU so the file
runs anywhere) for a GRU language model whose `sample()` is called for
monitoring every other step. `sample()` puts the model in eval, and the loop
calls `model.train()` at the top of every step, before the forward.
"""
import torch
import torch.nn as nn

device_type = "cuda" if torch.cuda.is_available() else "cpu"
use_amp = device_type == "cuda"


class CharLM(nn.Module):
    def __init__(self, vocab=16, hidden=12):
        super().__init__()
        self.emb = nn.Embedding(vocab, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, vocab)

    def forward(self, x, h=None):
        o, h = self.rnn(self.emb(x), h)
        return self.head(o), h

    @torch.no_grad()
    def sample(self, n=6):
        self.eval()
        tok, h, out = torch.zeros(1, 1, dtype=torch.long), None, []
        for _ in range(n):
            logits, h = self(tok, h)
            tok = logits[:, -1].softmax(-1).multinomial(1)
            out.append(tok.item())
        return out


torch.manual_seed(0)
model = CharLM().to(device_type)
opt = torch.optim.AdamW(model.parameters(), lr=1e-2)
scaler = torch.amp.GradScaler(device_type, enabled=use_amp)
for step in range(4):
    model.train()
    x = torch.randint(0, 16, (4, 10), device=device_type)
    with torch.autocast(device_type, enabled=use_amp):
        logits, _ = model(x[:, :-1])
        loss = nn.functional.cross_entropy(logits.reshape(-1, 16), x[:, 1:].reshape(-1))
    opt.zero_grad()
    scaler.scale(loss).backward()
    scaler.step(opt)
    scaler.update()
    if step % 2 == 0:
        print(step, loss.item(), model.sample())
