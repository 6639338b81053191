# expect: clean
"""Lyrics LM whose sampler always puts the mode back, early returns included."""
import torch
import torch.nn as nn

torch.manual_seed(9)
VOCAB, EMB, HID, EOS = 40, 8, 16, 0


class LyricsLM(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(VOCAB, EMB)
        self.lstm = nn.LSTM(EMB, HID, num_layers=2, dropout=0.2, batch_first=True)
        self.out = nn.Linear(HID, VOCAB)

    def forward(self, ids, state=None):
        h, state = self.lstm(self.emb(ids), state)
        return self.out(h), state

    def sample(self, prompt, max_len=8, temperature=0.9):
        was_training = self.training
        self.eval()
        try:
            ids, state, words = prompt, None, []
            with torch.no_grad():
                for _ in range(max_len):
                    logits, state = self(ids, state)
                    nxt = torch.multinomial(torch.softmax(logits[:, -1] / temperature, -1), 1)
                    if nxt.item() == EOS or len(words) >= 4:
                        return words
                    words.append(nxt.item())
                    ids = nxt
            return words
        finally:
            self.train(was_training)


def verses(b=4, t=10):
    x = torch.randint(1, VOCAB, (b, t + 1))
    return x[:, :-1], x[:, 1:]


model = LyricsLM()
opt = torch.optim.Adam(model.parameters(), lr=2e-3)
model.train()
for step in range(6):
    x, y = verses()
    logits, _ = model(x)
    loss = nn.functional.cross_entropy(logits.reshape(-1, VOCAB), y.reshape(-1))
    opt.zero_grad()
    loss.backward()
    opt.step()
    if step % 2 == 1:
        print("sample:", model.sample(torch.tensor([[5]])))
