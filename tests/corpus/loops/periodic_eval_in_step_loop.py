# expect: crash
"""Step-based training with an evaluation every 5 steps; the evaluation leaves the model in eval mode."""
import torch
import torch.nn as nn


class CharLM(nn.Module):
    def __init__(self, vocab=30):
        super().__init__()
        self.embed = nn.Embedding(vocab, 16)
        self.rnn = nn.LSTM(16, 32, batch_first=True)
        self.logits = nn.Linear(32, vocab)

    def forward(self, tokens):
        return self.logits(self.rnn(self.embed(tokens))[0])


torch.manual_seed(0)
lm = CharLM()
opt = torch.optim.AdamW(lm.parameters(), lr=3e-3)
lm.train()
for step in range(1, 9):
    seq = torch.randint(0, 30, (4, 11))
    logits = lm(seq[:, :-1])
    loss = nn.functional.cross_entropy(logits.reshape(-1, 30), seq[:, 1:].reshape(-1))
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    if step % 5 == 0:
        lm.eval()
        with torch.no_grad():
            held_out = torch.randint(0, 30, (2, 11))
            ppl = nn.functional.cross_entropy(lm(held_out[:, :-1]).reshape(-1, 30), held_out[:, 1:].reshape(-1)).exp()
        print(f"step {step}: perplexity {ppl.item():.1f}")
