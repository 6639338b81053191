# expect: clean
"""A chunker trained by a loop engine that calls the script's step function; the step function puts the
model in training mode first, so the sanity check's eval() before training does not reach the backward."""
import torch
import torch.nn as nn

from looping import Loop


class Chunker(nn.Module):
    def __init__(self, vocab=25, labels=3, dim=8):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.gru = nn.GRU(dim, dim, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * dim, labels)

    def forward(self, words):
        return self.out(self.gru(self.embed(words))[0])


device = "cuda" if torch.cuda.is_available() else "cpu"
chunker = Chunker().to(device)
optimizer = torch.optim.Adam(chunker.parameters(), lr=1e-2)


def training_step(loop, batch):
    chunker.train()
    words, labels = batch
    loss = nn.functional.cross_entropy(chunker(words).flatten(0, 1), labels.flatten())
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()


chunker.eval()
with torch.no_grad():
    print(chunker(torch.randint(0, 25, (1, 6), device=device)).argmax(-1))
batches = [(torch.randint(0, 25, (5, 6), device=device), torch.randint(0, 3, (5, 6), device=device))
           for _ in range(3)]
Loop(training_step, log_every=3).run(batches)
