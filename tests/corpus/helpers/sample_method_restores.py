# expect: clean
"""generate() switches to eval() to sample and puts the previous mode back when done."""
import torch
import torch.nn as nn


class CharRNN(nn.Module):
    def __init__(self, vocab=20):
        super().__init__()
        self.embed = nn.Embedding(vocab, 16)
        self.gru = nn.GRU(16, 32, batch_first=True)
        self.head = nn.Linear(32, vocab)

    def forward(self, tokens, state=None):
        out, state = self.gru(self.embed(tokens), state)
        return self.head(out), state

    @torch.no_grad()
    def generate(self, length=8):
        was_training = self.training
        self.eval()
        token, state, text = torch.zeros(1, 1, dtype=torch.long), None, []
        for _ in range(length):
            logits, state = self(token, state)
            token = logits[:, -1].argmax(-1, keepdim=True)
            text.append(token.item())
        self.train(was_training)
        return text


torch.manual_seed(0)
model = CharRNN()
opt = torch.optim.Adam(model.parameters(), lr=2e-3)
for epoch in range(2):
    batch = torch.randint(0, 20, (8, 12))
    logits, _ = model(batch[:, :-1])
    loss = nn.functional.cross_entropy(logits.reshape(-1, 20), batch[:, 1:].reshape(-1))
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(f"epoch {epoch} sample:", model.generate())
