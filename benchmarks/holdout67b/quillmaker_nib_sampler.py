# expect: crash
"""Quill-maker nib strokes: a stroke-direction LM over pen trajectories. The run
object exposes the network through a property; a sampling helper switches it to
evaluation to draw a preview, and the next fine-tuning step goes through the same
property without switching back."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(4)
N_DIR = 6


class NibLM(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(N_DIR, 8)
        self.lstm = nn.LSTM(8, 8, batch_first=True)
        self.out = nn.Linear(8, N_DIR)

    def forward(self, tok, state=None):
        h, state = self.lstm(self.emb(tok), state)
        return self.out(h), state


class Run:
    def __init__(self):
        self._net = NibLM()
        self.opt = torch.optim.Adam(self._net.parameters(), lr=1e-2)

    @property
    def net(self):
        return self._net

    def step(self, seq):
        logits, _ = self.net(seq[:, :-1])
        loss = F.cross_entropy(logits.reshape(-1, N_DIR), seq[:, 1:].reshape(-1))
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()


def preview(run, length=5):
    run.net.eval()
    tok, state, out = torch.zeros(1, 1, dtype=torch.long), None, []
    with torch.no_grad():
        for _ in range(length):
            logits, state = run.net(tok, state)
            tok = logits[:, -1:].argmax(-1)
            out.append(int(tok))
    return out


run = Run()
run.net.train()
for epoch in range(2):
    losses = [run.step(torch.randint(0, N_DIR, (4, 7))) for _ in range(2)]
    print(epoch, sum(losses) / 2, preview(run))
