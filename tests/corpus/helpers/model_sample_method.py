# expect: crash
"""The model's own generate() calls self.eval() to sample; training goes on afterwards in eval mode."""
import torch
import torch.nn as nn


class CharRNN(nn.Module):
    def __init__(self, vocab=20, hidden=32):
        super().__init__()
        self.vocab = vocab
        self.embed = nn.Embedding(vocab, 16)
        self.lstm = nn.LSTM(16, hidden, batch_first=True)
        self.head = nn.Linear(hidden, vocab)

    def forward(self, tokens, state=None):
        out, state = self.lstm(self.embed(tokens), state)
        return self.head(out), state

    def generate(self, length=10):
        self.eval()
        token, state, text = torch.zeros(1, 1, dtype=torch.long), None, []
        with torch.no_grad():
            for _ in range(length):
                logits, state = self(token, state)
                token = torch.multinomial(logits[:, -1].softmax(-1), 1)
                text.append(token.item())
        return text


torch.manual_seed(0)
model = CharRNN()
opt = torch.optim.Adam(model.parameters(), lr=2e-3)
for epoch in range(2):
    batch = torch.randint(0, 20, (8, 12))
    logits, _ = model(batch[:, :-1])
    loss = nn.functional.cross_entropy(logits.reshape(-1, 20), batch[:, 1:].reshape(-1))
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    print(f"epoch {epoch} sample:", model.generate())
