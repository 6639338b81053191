# expect: crash
# Prompt tuning of a frozen LSTM language model: the LM is frozen and switched to eval (to disable its dropout),
# only the soft prompt embeddings are trained -- but their gradient has to flow back *through* the frozen LSTM.
import torch
import torch.nn as nn


class FrozenLM(nn.Module):
    def __init__(self, vocab=40, d=16):
        super().__init__()
        self.tok = nn.Embedding(vocab, d)
        self.lstm = nn.LSTM(d, d, num_layers=2, dropout=0.3, batch_first=True)
        self.out = nn.Linear(d, vocab)

    def forward_embeds(self, embeds):
        return self.out(self.lstm(embeds)[0])


class SoftPrompt(nn.Module):
    def __init__(self, n=4, d=16):
        super().__init__()
        self.prompt = nn.Parameter(torch.randn(n, d) * 0.1)

    def prepend(self, embeds):
        return torch.cat([self.prompt.expand(embeds.size(0), -1, -1), embeds], 1)


torch.manual_seed(0)
lm = FrozenLM()
for p in lm.parameters():
    p.requires_grad = False
lm.eval()
prompt = SoftPrompt()
opt = torch.optim.Adam(prompt.parameters(), lr=0.05)
ids = torch.randint(0, 40, (3, 7))
for step in range(3):
    logits = lm.forward_embeds(prompt.prepend(lm.tok(ids)))[:, prompt.prompt.size(0):-1]
    loss = nn.functional.cross_entropy(logits.reshape(-1, 40), ids[:, 1:].reshape(-1))
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
print("done")
