# expect: crash
"""A research script keeps its model in a module-level global that a loader fills (`global MODEL; MODEL =
...`), in eval mode as it is loaded for scoring; the script's body then fine-tunes it."""
import torch
from torch import nn

OPTIMIZER = None


class Speller(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(30, 8)
        self.rnn = nn.GRU(8, 16, batch_first=True)
        self.out = nn.Linear(16, 30)

    def forward(self, ids):
        seq, _ = self.rnn(self.embed(ids))
        return self.out(seq)


def load_for_scoring():
    global MODEL, OPTIMIZER
    MODEL = Speller()
    MODEL.eval()
    OPTIMIZER = torch.optim.Adam(MODEL.parameters(), lr=1e-3)


def score(ids):
    with torch.no_grad():
        return MODEL(ids).log_softmax(-1).max(-1).values.mean().item()


load_for_scoring()
batch = torch.randint(0, 30, (3, 9))
print("score", score(batch))
for _ in range(2):
    logits = MODEL(batch[:, :-1])
    loss = nn.functional.cross_entropy(logits.reshape(-1, 30), batch[:, 1:].reshape(-1))
    OPTIMIZER.zero_grad()
    loss.backward()  # TM001-here
    OPTIMIZER.step()
